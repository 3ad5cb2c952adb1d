// The theme's colours read at WCAG 2.1 AA (4.5:1) on what they are drawn on, in light and dark mode.
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, readableShade } from '../../../src/renderer/src/app/contrast';
import { cssVariablesResolver, themeIn } from '../../../src/renderer/src/app/theme';

const mantine = mergeMantineTheme(DEFAULT_THEME, themeIn('Close'));
const { light, dark } = cssVariablesResolver(mantine);
const colors = Object.keys(mantine.colors).filter((name) => name !== 'dark');
const { gray, dark: darks } = mantine.colors;

/** Every pair below 4.5:1, named, so a failure says which colour on which background. */
function unreadable(pairs: Array<[string, string | undefined, string]>): string[] {
  return pairs
    .filter(([, color, background]) => !color || !background || contrast(color, background) < 4.5)
    .map(([name, color, background]) => `${name}: ${color} on ${background}`);
}

describe('contrast', () => {
  it('is the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrast('#868e96', '#ffffff')).toBeCloseTo(3.32, 2); // Mantine's dimmed grey, the figure
  });

  it('keeps the first shade that reads, and darkens shade 9 when none does', () => {
    expect(readableShade(mantine.colors.indigo, 6, ['#ffffff'])).toBe(mantine.colors.indigo[7]);
    const yellow = readableShade(mantine.colors.yellow, 6, ['#ffffff']);
    expect(mantine.colors.yellow).not.toContain(yellow);
    expect(contrast(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the theme in light mode', () => {
  it("gives every colour's text, outline and filled surface 4.5:1", () => {
    const pairs = colors.flatMap(
      (name): Array<[string, string | undefined, string]> => [
        [`${name}-text`, light[`--mantine-color-${name}-text`], '#ffffff'],
        [`${name}-text`, light[`--mantine-color-${name}-text`], gray[1]],
        [`${name}-outline`, light[`--mantine-color-${name}-outline`], '#ffffff'],
        [`white on ${name}-filled`, '#ffffff', light[`--mantine-color-${name}-filled`] ?? ''],
        [`white on ${name}-filled-hover`, '#ffffff', light[`--mantine-color-${name}-filled-hover`] ?? ''],
        [`${name}-light-color`, light[`--mantine-color-${name}-light-color`], mantine.colors[name]?.[1] ?? ''],
        [`${name}-light-color (hover)`, light[`--mantine-color-${name}-light-color`], mantine.colors[name]?.[2] ?? ''],
      ],
    );
    expect(unreadable(pairs)).toEqual([]);
  });

  it('keeps dimmed text soft but readable', () => {
    const dimmed = light['--mantine-color-dimmed'];
    expect(
      unreadable([
        ['dimmed', dimmed, '#ffffff'],
        ['dimmed', dimmed, gray[2]],
      ]),
    ).toEqual([]);
    expect(dimmed && contrast(dimmed, '#ffffff')).toBeLessThan(contrast(gray[7], '#ffffff'));
  });
});

describe('the theme in dark mode', () => {
  it('gives filled surfaces and dimmed text 4.5:1', () => {
    const dimmed = dark['--mantine-color-dimmed'];
    const pairs = colors.map((name): [string, string | undefined, string] => [
      `white on ${name}-filled`,
      '#ffffff',
      dark[`--mantine-color-${name}-filled`] ?? '',
    ]);
    pairs.push(['dimmed', dimmed, darks[7]], ['dimmed', dimmed, darks[6]]);
    expect(unreadable(pairs)).toEqual([]);
  });
});
