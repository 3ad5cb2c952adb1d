/** The generic check of a server behind a port published on the engine's host. */

import { say } from '@shared/messages';
import type { Engine } from '../../engine';
import { textOf } from '../../engine';
import { askHttp, type HttpAnswer } from '../execute/http';
import { checkDetails } from './details';
import { excerpt, sleep } from './state';
import type { CheckImpls, Verdict } from './types';
import type { CheckOf } from './vocabulary';

type HttpCheck = CheckOf<'http'>;

/** Between two tries while a server starts: short, so the verdict comes about when the server is up. */
const RETRY_EVERY_MS = 50;

function judge(check: HttpCheck, asked: string, answer: HttpAnswer): Verdict {
  const statusOk = check.status === undefined || answer.status === check.status;
  const bodyOk = check.body === undefined || new RegExp(check.body).test(answer.body);
  const body = answer.body.trim() ? excerpt(answer.body) : '';
  return { ok: statusOk && bodyOk, detail: say(checkDetails.httpAnswered, { asked, status: answer.status, body }) };
}

async function attempt(host: string, check: HttpCheck, timeoutMs: number): Promise<Verdict> {
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const asked = `${check.method} http://${shownHost}:${check.port}${check.path}`;
  try {
    return judge(check, asked, await askHttp(host, check.port, check.method, check.path, timeoutMs));
  } catch (error) {
    return { ok: false, detail: say(checkDetails.httpNoAnswer, { asked, why: (error as Error).message }) };
  }
}

/** While waiting for a server the action started: its container exited, so waiting longer is pointless. */
async function exited(engine: Engine, containerId: string | undefined): Promise<Verdict | undefined> {
  if (!containerId) return undefined;
  const container = await engine.inspectContainer(containerId);
  if (container.running) return undefined;
  const logged = textOf(await engine.logs(containerId, 50));
  return {
    ok: false,
    detail: say(checkDetails.containerExited, { exitCode: container.exitCode, logs: logged.slice(-300) }),
  };
}

export const httpChecks: Pick<CheckImpls, 'http'> = {
  http: {
    async verify({ engine, outcome }, check) {
      const host = engine.endpoint.publishedHost;
      const started = Date.now();
      const deadline = started + (check.retryForMs ?? 0);
      for (;;) {
        const verdict = await attempt(host, check, check.retryForMs ? 1000 : 5000);
        if (verdict.ok || Date.now() >= deadline) {
          if (!check.retryForMs) return verdict;
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          return { ...verdict, detail: say(checkDetails.afterWaiting, { detail: verdict.detail, seconds }) };
        }
        const gone = await exited(engine, outcome.containerId);
        if (gone) return gone;
        await sleep(RETRY_EVERY_MS);
      }
    },
  },
};
