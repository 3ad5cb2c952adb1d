// The first screen's data goes into the page as JSON inside a script element: no text in it may end that
// element early or open a comment, and the page reads back exactly what was written.
import { describe, expect, it } from 'vitest';
import { scriptSafeJson, withBootData } from '../../../src/main/web/boot-data';

const hostile = { intro: '</script><script>alert(1)</script><!-- a\u2028b\u2029c', n: 1 };
const empty = { lessons: [], progress: {}, settings: {} };

describe('boot data in the page', () => {
  it('writes JSON with no < or line separator in it, which parses back to the same value', () => {
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('puts the data block just before the root element, in the page as it was', () => {
    const page = '<html><body><div id="root"></div><script type="module" src="./x.js"></script></body></html>';
    expect(withBootData(page, scriptSafeJson(empty))).toBe(
      '<html><body><script type="application/json" id="boot-data">{"lessons":[],"progress":{},"settings":{}}</script><div id="root"></div><script type="module" src="./x.js"></script></body></html>',
    );
  });

  it('refuses a page without a root element rather than serving one the data cannot reach', () => {
    expect(() => withBootData('<html></html>', scriptSafeJson(empty))).toThrow(/root/);
  });
});
