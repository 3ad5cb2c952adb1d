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
  Hostname?: string;
  HostConfig: {
    NetworkMode: string;
    Links?: string[];
    PortBindings: Record<string, Array<{ HostIp: string; HostPort: string }>>;
    AutoRemove: boolean;
    CapAdd?: string[];
    CapDrop?: string[];
    Privileged?: boolean;
    SecurityOpt?: string[];
    MaskedPaths?: string[];
    ReadonlyPaths?: string[];
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

/** GET /info's swarm part: this engine's place in a swarm. */
export interface SwarmState {
  nodeId: string;
  /** Address other nodes reach this one at; '' outside a swarm. */
  nodeAddr: string;
  /** inactive | pending | active | error | locked */
  localNodeState: string;
  /** A manager: swarm-wide calls (nodes, services, tasks) work here. */
  controlAvailable: boolean;
  error: string;
}

export interface SwarmSummary {
  id: string;
  joinTokens: { worker: string; manager: string };
}

export interface NodeSummary {
  id: string;
  hostname: string;
  /** As the engine says them: ready | down | unknown | disconnected; active | pause | drain; manager | worker. */
  status: string;
  availability: string;
  role: string;
  /** The CLI's MANAGER STATUS column: Leader, Reachable, Unreachable; undefined for a worker. */
  managerStatus?: string;
  engineVersion: string;
  addr: string;
  labels: Labels;
}

export interface PublishedPort {
  targetPort: number;
  publishedPort?: number;
  protocol?: 'tcp' | 'udp' | 'sctp';
  /** ingress: the routing mesh on every node; host: only the node that runs the task. */
  publishMode?: 'ingress' | 'host';
}

/** What `docker service create` sets for the options the lessons use. */
export interface ServiceCreateSpec {
  name: string;
  image: string;
  /** Replaces the image's entrypoint (`--entrypoint`); args replace its CMD (what follows the image). */
  command?: string[];
  args?: string[];
  env?: string[];
  /** 1 unless given. */
  replicas?: number;
  /** Network names (or ids) the tasks join. */
  networks?: string[];
  /** vip (the default): one virtual IP for the service; dnsrr: its name resolves to every task. */
  endpointMode?: 'vip' | 'dnsrr';
  ports?: PublishedPort[];
}

export interface ServiceInfo {
  id: string;
  name: string;
  image: string;
  /** undefined for a global service */
  replicas?: number;
  endpointMode: string;
  ports: PublishedPort[];
  /** The service's virtual IPs (vip mode), with their prefix, by network id. */
  virtualIps: Array<{ networkId: string; addr: string }>;
  labels: Labels;
  raw: Record<string, unknown>;
}

export interface TaskInfo {
  id: string;
  serviceId: string;
  /** undefined for a global service's tasks */
  slot?: number;
  nodeId: string;
  desiredState: string;
  /** new | pending | assigned | accepted | preparing | starting | running | complete | failed | shutdown | rejected | orphaned */
  state: string;
  message: string;
  error: string;
  /** '' until the task has a container */
  containerId: string;
  /** The task's addresses on each network, as the engine gives them (with the prefix: 10.0.1.5/24). */
  addresses: Array<{ network: string; address: string }>;
}

/** Labels as the Engine API's `label` filter wants them: "key=value" each. */
export function labelFilter(labels: Labels): string[] {
  return Object.entries(labels).map(([key, value]) => `${key}=${value}`);
}
