export { type Attached, attachSession, closeQuietly, sizeOf } from './attach-session';
export { ClipboardButtons } from './ClipboardButtons';
export { ConsolePanel } from './ConsolePanel';
export { useTerminal } from './use-terminal';
