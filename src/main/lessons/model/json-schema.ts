/**
 * The JSON Schema of a lesson file (resources/lessons/lesson.schema.json), generated from the zod schema
 * so the two cannot drift apart: editors validate and complete lesson files through their "$schema".
 * Regenerate it with `npm run lessons:schema`; a unit test fails when the checked-in file is stale.
 */
import { z } from 'zod';
import { lessonFileSchema } from './file-schema';

export const lessonJsonSchemaName = 'lesson.schema.json';

/** The "format" values zod writes for string checks that its "pattern" already expresses; no editor knows them. */
const zodOnlyFormats = new Set(['starts_with', 'ends_with', 'includes']);

function tidy({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void {
  if (typeof jsonSchema.format === 'string' && zodOnlyFormats.has(jsonSchema.format)) delete jsonSchema.format;
  // z.number().int() bounds itself to the safe integers: noise in an editor's hover.
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

export function lessonJsonSchema(): Record<string, unknown> {
  // The input side, so a field with a default may be left out; draft-07 is what VS Code validates best.
  const { $schema, ...generated } = z.toJSONSchema(lessonFileSchema, {
    io: 'input',
    target: 'draft-07',
    override: tidy,
  });
  return {
    $schema,
    title: 'Container Talk lesson',
    description:
      'A lesson file of Container Talk (format 2), generated from src/main/lessons/model/file-schema.ts by ' +
      '`npm run lessons:schema`. It checks the shape only; `npm run lab -- validate FILE` also parses every ' +
      'command and checks that every check reads something the lesson creates. See docs/writing-lessons.md.',
    ...generated,
  };
}
