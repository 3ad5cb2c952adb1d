/** The `docker run` flags this app understands: their spellings, and the order used when none is given. */
import type { RunFlagKey } from './schema';

export interface RunFlagDef {
  key: RunFlagKey;
  long: string[];
  short?: string;
  takesValue: boolean;
}

export const runFlags: readonly RunFlagDef[] = [
  { key: 'detach', long: ['--detach'], short: 'd', takesValue: false },
  { key: 'interactive', long: ['--interactive'], short: 'i', takesValue: false },
  { key: 'tty', long: ['--tty'], short: 't', takesValue: false },
  { key: 'rm', long: ['--rm'], takesValue: false },
  { key: 'name', long: ['--name'], takesValue: true },
  { key: 'network', long: ['--network', '--net'], takesValue: true },
  { key: 'network-alias', long: ['--network-alias', '--net-alias'], takesValue: true },
  { key: 'link', long: ['--link'], takesValue: true },
  { key: 'publish', long: ['--publish'], short: 'p', takesValue: true },
  { key: 'env', long: ['--env'], short: 'e', takesValue: true },
  { key: 'cap-add', long: ['--cap-add'], takesValue: true },
  { key: 'privileged', long: ['--privileged'], takesValue: false },
  { key: 'hostname', long: ['--hostname'], short: 'h', takesValue: true },
  { key: 'cap-drop', long: ['--cap-drop'], takesValue: true },
  { key: 'security-opt', long: ['--security-opt'], takesValue: true },
];

export const defaultRunOrder: readonly RunFlagKey[] = runFlags.map((flag) => flag.key);

export function runFlagByLong(spelling: string): RunFlagDef | undefined {
  return runFlags.find((flag) => flag.long.includes(spelling));
}

export function runFlagByShort(letter: string): RunFlagDef | undefined {
  return runFlags.find((flag) => flag.short === letter);
}

export function runFlagByKey(key: RunFlagKey): RunFlagDef {
  const flag = runFlags.find((candidate) => candidate.key === key);
  if (!flag) throw new Error(`unknown run flag ${key}`);
  return flag;
}

export const understoodRunFlags = runFlags
  .map((flag) => [flag.short ? `-${flag.short}` : '', ...flag.long].filter(Boolean).join('/'))
  .join(', ');
