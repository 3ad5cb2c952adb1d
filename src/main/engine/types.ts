/** The engine layer's own view of engine objects: what the lessons need, without dockerode types. */

export type Labels = Record<string, string>;

/** POST /containers/create body: the subset the docker CLI sets for the commands the lessons use. */
export interface ContainerCreateBody {
  Image: string;
  Cmd?: string[];
  Env?: string[];
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Labels: Labels;
  HostConfig: {
    NetworkMode: string;
    Links?: string[];
    PortBindings: Record<string, Array<{ HostIp: string; HostPort: string }>>;
    AutoRemove: boolean;
    CapAdd?: string[];
  };
  NetworkingConfig?: { EndpointsConfig: Record<string, { Aliases?: string[]; Links?: string[] }> };
}

export interface ContainerNetwork {
  ipAddress: string;
  gateway: string;
  aliases: string[];
  links: string[];
  dnsNames: string[];
}

export interface ContainerInfo {
  id: string;
  /** Without the leading slash. */
  name: string;
  image: string;
  running: boolean;
  exitCode: number;
  labels: Labels;
  networks: Record<string, ContainerNetwork>;
  /** "3000/tcp" → host bindings that are in effect. */
  ports: Record<string, Array<{ hostIp: string; hostPort: string }>>;
  /** The engine's own JSON, for comparisons and the "Under the hood" view. */
  raw: Record<string, unknown>;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  state: string;
  labels: Labels;
  publicPorts: number[];
}

export interface NetworkInfo {
  id: string;
  name: string;
  driver: string;
  labels: Labels;
  subnet?: string;
  gateway?: string;
  /** Containers attached, by id. */
  containers: Record<string, { name: string; ipv4Address: string }>;
  raw: Record<string, unknown>;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Labels as the Engine API's `label` filter wants them: "key=value" each. */
export function labelFilter(labels: Labels): string[] {
  return Object.entries(labels).map(([key, value]) => `${key}=${value}`);
}
