/**
 * Some engines cannot grant every capability (a sandboxed CI machine withholds one), and then
 * `--privileged` fails to start: "unable to apply caps: operation not permitted". There the app runs
 * the closest equivalent and says so, as it does for Podman's ping: the learner never gets a silent
 * difference.
 */
import type { Text } from '@shared/lesson';
import { toAppError } from '../../../engine';
import { joinWords } from '../shell-words';
import { formatRun } from './format';
import type { RunSpec } from './schema';

const REFUSED = /unable to apply caps|apply caps.*operation not permitted/i;

export function privilegeRefused(spec: RunSpec, error: unknown): boolean {
  return spec.privileged && REFUSED.test(toAppError(error).message);
}

/** Every capability but the withheld one, no seccomp filter, /sys and /proc not masked. */
export function withoutPrivileged(spec: RunSpec): RunSpec {
  return {
    ...spec,
    privileged: false,
    capAdd: [...spec.capAdd, 'ALL'],
    capDrop: [...spec.capDrop, 'SYS_RESOURCE'],
    securityOpt: [...spec.securityOpt, 'seccomp=unconfined', 'systempaths=unconfined'],
  };
}

export function privilegedNote(adapted: RunSpec): Text {
  const command = joinWords(formatRun(adapted));
  return {
    en: `Your engine refused --privileged ("unable to apply caps: operation not permitted": it cannot grant every capability, as on some sandboxed or CI machines). So the app ran the closest equivalent instead: ${command}. The node's entrypoint makes /sys and the cgroups writable itself. On your own machine --privileged normally just works.`,
    id: `Engine Anda menolak --privileged ("unable to apply caps: operation not permitted": engine tidak dapat memberikan semua capability, seperti pada sebagian mesin sandbox atau CI). Karena itu aplikasi menjalankan padanan terdekatnya: ${command}. Entrypoint node membuat /sys dan cgroup dapat ditulis dengan sendirinya. Di komputer Anda sendiri --privileged biasanya langsung berhasil.`,
  };
}
