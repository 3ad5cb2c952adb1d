/**
 * The grammar of every name and id a renderer may send. The engine layer puts names into Engine API
 * paths, so anything outside these grammars (`..`, slashes, `%2e`, `?`, NUL, unicode, huge strings) is
 * refused by the contract as BAD_INPUT before it reaches a handler, let alone a URL.
 */
import { z } from 'zod';

/**
 * Docker's own rule for names (moby daemon/names: `[a-zA-Z0-9][a-zA-Z0-9_.-]`; containers need a
 * second character, networks do not). A name never starts with a dot, so `.` and `..` are not names.
 */
const dockerName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Docker object ids: 64 hex digits, or the prefix the CLI shows (12) or anything between. */
const hexId = /^[0-9a-f]{12,64}$/;
/** Lesson and step ids in resources/lessons: lower-case words joined by single hyphens. */
const lessonSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Console sessions are named by crypto.randomUUID() (src/main/services/consoles.ts). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const grammar = (pattern: RegExp, max: number, what: string) =>
  z.string().min(1).max(max).regex(pattern, `not ${what} (${pattern.source})`);

export const dockerNameSchema = grammar(dockerName, 128, 'a Docker name');
export const hexIdSchema = grammar(hexId, 64, 'a Docker id');
/** What `docker network connect NETWORK CONTAINER` takes for either: a name or an id (hex ids are names too). */
export const objectRefSchema = dockerNameSchema;
export const lessonIdSchema = grammar(lessonSlug, 64, 'a lesson id');
export const stepIdSchema = grammar(lessonSlug, 64, 'a step id');
export const sessionIdSchema = grammar(uuid, 36, 'a console session id');
