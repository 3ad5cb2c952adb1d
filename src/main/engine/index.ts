/**
 * The engine layer's public surface: what the rest of the app may use. Everything here reaches the
 * engine through one EngineClient (transport/client.ts); nothing outside src/main/engine imports
 * the modules behind this file.
 */
export { collectApiCalls } from './api-log';
export { currentSignal, withAbortSignal } from './cancel';
export { type DiscoveryOptions, describeReport, discoverEngine, EngineUnavailableError } from './connect';
export { MissingImageError } from './containers';
export { textOf } from './demux';
export { Engine, openEngine } from './engine';
export { type EngineAtOptions, openEngineAt } from './engine-at';
export { engineCall, isCancelled, statusOf, toAppError } from './errors';
export type { EngineEvent, EngineEventType, EventOptions } from './events';
export type { ContainerDetail, LegacyLink } from './inventory';
export type { LogEntry, LogFollowOptions } from './logs-follow';
export { doing, engineErrors } from './messages';
export type { SwarmInitOptions, SwarmJoinOptions, TaskFilter } from './swarm';
export type { TerminalSize, TtySession } from './tty';
export type {
  ContainerCreateBody,
  ContainerInfo,
  ContainerNetwork,
  ContainerSummary,
  ExecResult,
  Labels,
  NetworkInfo,
  NodeSummary,
  PublishedPort,
  ServiceCreateSpec,
  ServiceInfo,
  SwarmState,
  SwarmSummary,
  TaskInfo,
} from './types';
