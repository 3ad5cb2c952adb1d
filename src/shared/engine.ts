/** What the app knows about the Docker-compatible engine it talks to. Shared by main, runner and renderer. */
import type { Text } from './lesson';

export type EngineProduct = 'docker-engine' | 'docker-desktop' | 'podman';

/** Where an engine endpoint came from, in the order the docker CLI itself looks. */
export type EndpointSource = 'DOCKER_HOST' | 'context' | 'socket';

export interface EngineEndpoint {
  source: EndpointSource;
  /** Human label: "DOCKER_HOST", "context colima", "Docker Desktop (macOS)", "rootless Podman"... */
  label: string;
  /** Canonical address: unix:///var/run/docker.sock, npipe:////./pipe/docker_engine, tcp://h:2376, ssh://u@h */
  url: string;
  /** Host name where published ports appear: "localhost" for local sockets, the remote host otherwise. */
  publishedHost: string;
}

export type EngineErrorCode =
  | 'ENGINE_NOT_FOUND' // no socket / pipe exists
  | 'ENGINE_NOT_RUNNING' // socket exists but nothing answers (ECONNREFUSED)
  | 'PERMISSION_DENIED' // EACCES on the socket
  | 'UNREACHABLE' // remote host: timeout, DNS, TLS, ssh failure
  | 'TIMEOUT'
  | 'BAD_CONFIG' // malformed DOCKER_HOST, missing TLS files, unknown context
  | 'NOT_AN_ENGINE'; // something answered but not the Engine API

export interface ProbeFailure {
  code: EngineErrorCode;
  /** One sentence: what went wrong (English, for logs; `messageText` in every language). */
  message: string;
  /** What to do about it, for this OS (English; `fixText` in every language). */
  fix: string;
  messageText: Text;
  fixText: Text;
}

export interface ProbeResult {
  endpoint: EngineEndpoint;
  ok: boolean;
  /** Milliseconds the ping took (or until it failed). */
  ms: number;
  failure?: ProbeFailure;
  /** True when a probe was not attempted because an earlier one (DOCKER_HOST, context) takes precedence. */
  skipped?: boolean;
}

export interface EngineIdentity {
  product: EngineProduct;
  /** e.g. "20.10.24" or "4.3.1" */
  version: string;
  /** API version the engine speaks, as it reports it (never assumed), e.g. "1.41". */
  apiVersion: string;
  minApiVersion?: string;
  os: string;
  arch: string;
  kernelVersion?: string;
  /** Operating system of the engine's host, from /info, e.g. "Debian GNU/Linux 12 (bookworm)". */
  operatingSystem?: string;
}

export interface DiscoveryReport {
  /** The endpoint that answered first in precedence order, if any. */
  chosen?: EngineEndpoint;
  probes: ProbeResult[];
  identity?: EngineIdentity;
}
