export { LogsPanel } from './LogsPanel';
