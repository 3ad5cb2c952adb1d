import {
  CloseButton,
  type CSSVariablesResolver,
  createTheme,
  darken,
  type MantineTheme,
  Modal,
  mergeThemeOverrides,
  Table,
} from '@mantine/core';
import { readableShade } from './contrast';

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SFMono-Regular", "Cascadia Mono", "JetBrains Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});

/**
 * The theme in the learner's language: every close button (notifications, alerts, dialogs) has a name.
 * A dialog's title bar is a <header>, which reads as a second banner landmark beside the app's own. A
 * table wider than its panel (Indonesian headers are longer) scrolls sideways: the keyboard can scroll it too.
 */
export function themeIn(closeLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        CloseButton: CloseButton.extend({ defaultProps: { attributes: { root: { 'aria-label': closeLabel } } } }),
        Modal: Modal.extend({ defaultProps: { attributes: { header: { role: 'presentation' } } } }),
        TableScrollContainer: Table.ScrollContainer.extend({
          defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
        }),
      },
    }),
  );
}

/** Mantine's shades for filled surfaces (buttons, badges): 6 in light mode, 8 in dark mode. */
const filledShade = { light: 6, dark: 8 } as const;

/** Each colour's variables that carry text, at 4.5:1 or more on what they are drawn on. */
function readableColors(mantine: MantineTheme, scheme: 'light' | 'dark'): Record<string, string> {
  const white = mantine.white;
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(mantine.colors)) {
    if (name === 'dark') continue;
    const filled = readableShade(shades, filledShade[scheme], [white]);
    Object.assign(variables, {
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.12),
    });
    // Dark mode's text (shade 4) and light-variant colour (shade 0 on a darkened shade 9) read well already.
    if (scheme === 'dark') continue;
    const text = readableShade(shades, 6, [white, mantine.colors.gray[1]]);
    Object.assign(variables, {
      [`--mantine-color-${name}-text`]: text,
      [`--mantine-color-${name}-outline`]: text,
      [`--mantine-color-${name}-light-color`]: readableShade(shades, 9, [shades[1], shades[2]]),
    });
  }
  return variables;
}

/**
 * On top of Mantine's defaults: readable colours (see contrast.ts), and a dimmed grey that stays soft but
 * passes on every surface the app puts it on (light: 5.4:1 on white, 4.5:1 on gray-2; dark: 5.5:1 on the
 * body, 4.8:1 on a card), where Mantine's reads 3.3:1 on white and 4:1 on the dark body.
 */
export const cssVariablesResolver: CSSVariablesResolver = (mantine) => ({
  variables: {},
  light: {
    ...readableColors(mantine, 'light'),
    '--mantine-color-dimmed': '#646b73',
    '--mantine-color-error': `var(--mantine-color-red-text)`,
    '--mantine-color-anchor': `var(--mantine-color-${mantine.primaryColor}-text)`,
  },
  dark: {
    ...readableColors(mantine, 'dark'),
    '--mantine-color-dimmed': '#9a9a9a',
    '--mantine-color-error': `var(--mantine-color-red-text)`,
  },
});
