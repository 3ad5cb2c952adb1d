/** The machine a run was made on, and the code it measured. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { repoRoot } from './context';
import { engineVersion } from './docker';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  dockerEngine: string;
  chromium: string;
}

export interface Code {
  commit: string;
  /** Files changed in the working tree when it ran (0: the commit as it is). */
  uncommittedFiles: number;
}

function osName(): string {
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? 'Linux'}, kernel ${release()}`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}

export async function machine(chromium: string): Promise<Machine> {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    dockerEngine: await engineVersion(),
    chromium,
  };
}

export function code(): Code {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
    };
  } catch {
    // An exported tree (git archive) has no repository: its commit is given by BENCH_COMMIT.
    return { commit: process.env.BENCH_COMMIT ?? 'unknown', uncommittedFiles: 0 };
  }
}
