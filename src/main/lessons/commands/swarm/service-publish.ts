/** `docker service create --publish`: short (8080:80) or long (published=8080,target=80,mode=host). */

import { say } from '@shared/messages';
import { z } from 'zod';
import { syntaxErrors } from '../messages';
import { CommandSyntaxError } from '../shell-words';

export const servicePortSchema = z.object({
  published: z.number().int().min(1).max(65535),
  target: z.number().int().min(1).max(65535),
  mode: z.enum(['ingress', 'host']).default('ingress'),
  /** Written as key=value pairs. */
  long: z.boolean().default(false),
});
export type ServicePort = z.output<typeof servicePortSchema>;

export function parseServicePort(text: string): unknown {
  const short = /^(\d+):(\d+)$/.exec(text);
  if (short) return { published: Number(short[1]), target: Number(short[2]), long: false };
  const pairs = new Map(text.split(',').map((pair) => pair.split('=') as [string, string]));
  const published = pairs.get('published');
  const target = pairs.get('target');
  if (!published || !target || [...pairs.keys()].some((k) => !['published', 'target', 'mode'].includes(k)))
    throw new CommandSyntaxError(say(syntaxErrors.badPublish, { text }));
  return { published: Number(published), target: Number(target), mode: pairs.get('mode') ?? 'ingress', long: true };
}

export function formatServicePort(port: ServicePort): string {
  if (!port.long) return `${port.published}:${port.target}`;
  return `published=${port.published},target=${port.target}${port.mode === 'host' ? ',mode=host' : ''}`;
}
