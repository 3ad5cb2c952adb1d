// resources/lessons/lesson.schema.json is what the zod schema generates now, and a real JSON Schema validator
// (the kind an editor runs) accepts every shipped lesson with it and rejects a broken one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { lessonsDir } from '../../../src/main/lessons/catalog';
import { lessonJsonSchema, lessonJsonSchemaName } from '../../../src/main/lessons/model/json-schema';

const readJson = (file: string) => JSON.parse(readFileSync(join(lessonsDir(), file), 'utf8'));
const checkedIn = readJson(lessonJsonSchemaName);
const lessonFiles = readdirSync(lessonsDir()).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(checkedIn);

function errorsOf(lesson: unknown): string[] {
  return validate(lesson) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('the lesson JSON Schema', () => {
  it('is what the generator makes from the zod schema now', () => {
    expect(checkedIn, `${lessonJsonSchemaName} is stale: run npm run lessons:schema`).toEqual(lessonJsonSchema());
  });

  it.each(lessonFiles)('accepts the shipped lesson %s', (file) => {
    expect(errorsOf(readJson(file))).toEqual([]);
  });

  it('rejects a lesson without an intro, with an unknown key, or with a check of no known kind', () => {
    const { intro: _intro, ...lesson } = readJson(lessonFiles[0] as string);
    expect(errorsOf(lesson)).toContainEqual(" must have required property 'intro'");
    expect(errorsOf({ ...lesson, intro: lesson.ending, outro: lesson.ending })).toContainEqual(
      ' must NOT have additional properties',
    );
    const check = { id: 'x', explain: { en: 'x', id: 'x' }, kind: 'container-flying', container: 'web' };
    const step = {
      id: 'one',
      title: lesson.title,
      explanation: lesson.title,
      actions: [{ command: 'x', checks: [check] }],
    };
    expect(errorsOf({ ...lesson, intro: lesson.ending, steps: [step] })).toContainEqual(
      '/steps/0/actions/0/checks/0 must match exactly one schema in oneOf',
    );
  });
});
