// Where the kit's programs are, asked of the kit itself (tests/kit/tool.sh, table in lib.sh), so
// that the tests and the shell scripts never disagree about which package provides what.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const toolScript = resolve(__dirname, 'tool.sh');

export function kitTool(command: string): string {
  try {
    return execFileSync('bash', [toolScript, 'path', command], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(stderr || `bash ${toolScript} path ${command} failed`);
  }
}
