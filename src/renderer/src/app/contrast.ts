/**
 * WCAG 2.1 AA asks 4.5:1 for text. Mantine's middle shades fall short of it in light mode (teal text on
 * white 2.6:1, white on a filled red button 3.3:1, indigo-9 on a hovered indigo-2 link 4.1:1), and its
 * dark filled shade too for a few colours (white on teal-8 3.7:1). The rule here: a colour keeps its usual
 * shade when that reads well enough, else takes the first darker shade that does, else shade 9 darkened
 * until it does.
 */
import { darken, luminance, type MantineColorsTuple } from '@mantine/core';

const AA = 4.5;

export function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** From shade `from` on, the first that reads at 4.5:1 on every background given. */
export function readableShade(shades: MantineColorsTuple, from: number, backgrounds: readonly string[]): string {
  const passes = (color: string) => backgrounds.every((background) => contrast(color, background) >= AA);
  const shade = shades.slice(from).find(passes);
  if (shade) return shade;
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const darker = darken(shades[9], amount);
    if (passes(darker)) return darker;
  }
  return '#000000';
}
