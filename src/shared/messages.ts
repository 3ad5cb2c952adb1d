/**
 * Messages written once per language. A catalog (one per layer: errors, check details, the discovery
 * report) holds fixed Texts ({en, id}) and Messages, templates with typed parameters that give a Text.
 * A unit test renders every entry (a Message with its `example`) and fails on one whose Indonesian is
 * missing or left in English.
 */
import type { Text } from './lesson';

export interface Message<P> {
  en: (params: P) => string;
  id: (params: P) => string;
  /** Parameters the catalog test renders the message with. */
  example: P;
  /** The message reads the same in both languages (a command line, a raw value): the test allows it. */
  same?: true;
}

/** Infers P from `example`, so en and id get typed parameters without spelling them out. */
export function message<P>(definition: Message<P>): Message<P> {
  return definition;
}

/** The message in both languages. */
export function say<P>(definition: Message<P>, params: NoInfer<P>): Text {
  return { en: definition.en(params), id: definition.id(params) };
}

/** A text that is the same in every language: a command, a name, the engine's own words. */
export function verbatim(text: string): Text {
  return { en: text, id: text };
}

/** Texts joined piece by piece in each language (e.g. a sentence and a note). */
export function joinTexts(parts: Text[], separator = ' '): Text {
  return { en: parts.map((p) => p.en).join(separator), id: parts.map((p) => p.id).join(separator) };
}

/** Every entry of a (nested) catalog, a Text or a Message rendered with its example, by path: for the tests. */
export function textsIn(catalog: object, path = ''): Array<{ path: string; text: Text; same: boolean }> {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (isMessage(value)) return [{ path: at, text: say(value, value.example as never), same: value.same === true }];
    if (isText(value)) return [{ path: at, text: value, same: false }];
    return typeof value === 'object' && value !== null ? textsIn(value, at) : [];
  });
}

function isMessage(value: unknown): value is Message<unknown> {
  const m = value as Partial<Message<unknown>> | null;
  return typeof m === 'object' && m !== null && typeof m.en === 'function' && typeof m.id === 'function';
}

function isText(value: unknown): value is Text {
  const t = value as Partial<Text> | null;
  return typeof t === 'object' && t !== null && typeof t.en === 'string' && typeof t.id === 'string';
}
