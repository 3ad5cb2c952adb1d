/** How an Engine API request reads in "Under the hood": a URL, the body's telling fields, the body in one line. */
import type { ApiCall } from '@shared/results';

/** The body fields that show what a docker command turned into. */
const telling = [
  'Name',
  'Image',
  'Cmd',
  'HostConfig.Links',
  'HostConfig.NetworkMode',
  'HostConfig.PortBindings',
  'NetworkingConfig.EndpointsConfig',
  'Container',
  'EndpointConfig',
];

export function requestLine(call: ApiCall): string {
  const entries = Object.entries(call.query ?? {}).map(([key, value]): [string, string] => [
    key,
    typeof value === 'string' ? value : JSON.stringify(value),
  ]);
  return entries.length === 0 ? call.path : `${call.path}?${new URLSearchParams(entries)}`;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** The value without its empty parts, which the engine fills with defaults anyway. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!value || typeof value !== 'object') return value;
  const kept = Object.entries(value)
    .map(([key, inner]) => [key, prune(inner)] as const)
    .filter(([, inner]) => !isEmpty(inner));
  return Object.fromEntries(kept);
}

export function compactBody(body: unknown): string | undefined {
  const pruned = prune(body);
  return isEmpty(pruned) ? undefined : JSON.stringify(pruned);
}

export function tellingFields(body: unknown): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const path of telling) {
    let value: unknown = body;
    for (const key of path.split('.'))
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const pruned = prune(value);
    if (!isEmpty(pruned)) fields.push([path, typeof pruned === 'string' ? pruned : JSON.stringify(pruned)]);
  }
  return fields;
}
