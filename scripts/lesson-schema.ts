// Writes resources/lessons/lesson.schema.json from the lesson file's zod schema: npm run lessons:schema
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonJsonSchema, lessonJsonSchemaName } from '../src/main/lessons/model/json-schema';

const root = join(__dirname, '..');
const path = join(root, 'resources', 'lessons', lessonJsonSchemaName);
writeFileSync(path, `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`);
// In the repository's own JSON style, so `biome check` stays quiet about a generated file.
execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', path], { stdio: 'ignore' });
console.log(`wrote ${path}`);
