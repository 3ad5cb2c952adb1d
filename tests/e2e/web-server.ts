/** Browser mode as a real process: shared with the faults tests, which tsconfig.node.json type-checks. */
export { type RunningApp, startBrowserMode } from '../browser-mode';
