/** The one way into the engine: discover it, identify it, hand out a client for it (or a clear error). */

import type { DiscoveryReport, EngineEndpoint, EngineErrorCode, EngineIdentity } from '@shared/engine';
import type { Text } from '@shared/lesson';
import { type DiscoveryOptions, describeReport, discover } from './discovery';
import type { EngineClient } from './transport/client';

export type { DiscoveryOptions, EngineTarget } from './discovery';
export { describeReport, discoverEngine } from './discovery';

export interface EngineConnection {
  client: EngineClient;
  endpoint: EngineEndpoint;
  identity: EngineIdentity;
  report: DiscoveryReport;
}

/** Nothing answered (or DOCKER_HOST / the context failed): carries the report and a paragraph naming every candidate. */
export class EngineUnavailableError extends Error {
  readonly report: DiscoveryReport;
  /** The most telling failure: DOCKER_HOST's or the context's, else the first that is not "not found". */
  readonly code: EngineErrorCode;

  /** The paragraph in every language (`message` is its English). */
  readonly text: Text;

  constructor(report: DiscoveryReport, text: Text) {
    super(text.en);
    this.name = 'EngineUnavailableError';
    this.report = report;
    this.text = text;
    this.code = mainCode(report);
  }
}

function mainCode(report: DiscoveryReport): EngineErrorCode {
  const failures = report.probes.filter((p) => !p.skipped && p.failure);
  const configured = failures.find((p) => p.endpoint.source !== 'socket');
  const telling = configured ?? failures.find((p) => p.failure?.code !== 'ENGINE_NOT_FOUND');
  return telling?.failure?.code ?? 'ENGINE_NOT_FOUND';
}

export async function connectEngine(opts: DiscoveryOptions = {}): Promise<EngineConnection> {
  const { report, client } = await discover(opts);
  if (!report.chosen || !report.identity || !client) {
    throw new EngineUnavailableError(report, describeReport(report, opts.platform ?? process.platform));
  }
  return { client, endpoint: report.chosen, identity: report.identity, report };
}
