/**
 * Where the app's shell puts things: the renderer's Shell lays itself out with these, and browser mode's
 * prerendered first screen (src/main/web/first-screen.ts) puts the step's text where the step view will be.
 */
export const shellLayout = {
  headerHeight: 60,
  navbarWidth: 290,
  /** The step pane's share of the width beside the lessons, in percent (the panels have the rest). */
  stepPanePercent: 55,
} as const;
