export { NetworksPanel } from './NetworksPanel';
