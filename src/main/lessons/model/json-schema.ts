/**
 * The JSON Schema of a lesson file (resources/lessons/lesson.schema.json), generated from the zod schema
 * so the two cannot drift apart: editors validate and complete lesson files through their "$schema".
 * Regenerate it with `npm run lessons:schema`; a unit test fails when the checked-in file is stale.
 */
import { z } from 'zod';
import { lessonFileSchema } from './file-schema';

export const lessonJsonSchemaName = 'lesson.schema.json';

export function lessonJsonSchema(): Record<string, unknown> {
  // The input side, so a field with a default may be left out; draft-07 is what VS Code validates best.
  const { $schema, ...generated } = z.toJSONSchema(lessonFileSchema, { io: 'input', target: 'draft-7' });
  return {
    $schema,
    title: 'Container Talk lesson',
    description:
      'A lesson file of Container Talk (format 2), generated from src/main/lessons/model/file-schema.ts by ' +
      '`npm run lessons:schema`. The schema checks the shape only; `npm run lab -- validate FILE` also parses ' +
      'every command and checks what the checks read. See docs/writing-lessons.md.',
    ...generated,
  };
}
