/** Where the app keeps the learner's progress outside Electron (Electron uses app.getPath('userData')). */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (env.CONTAINER_TALK_DATA) return env.CONTAINER_TALK_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Container Talk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Container Talk');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'container-talk');
}
