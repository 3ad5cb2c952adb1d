/**
 * The Engine API's answers as the app reads them, in one place: @types/dockerode's shapes, widened
 * where engines differ from them (Podman sends null for empty lists; DNSNames is Docker 25+).
 */
import type Dockerode from 'dockerode';
import type { Labels } from './types';

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** An endpoint of a container on one network. */
export type EndpointAnswer = Partial<Pick<Dockerode.NetworkInfo, 'IPAddress' | 'Gateway'>> &
  Partial<Nullable<{ Aliases: string[]; Links: string[]; DNSNames: string[] }>>;

/** GET /containers/{id}/json, the parts the app reads. */
export interface ContainerInspectAnswer extends Pick<Dockerode.ContainerInspectInfo, 'Id' | 'Name'> {
  Config: { Image: string; Labels?: Labels | null; Tty?: boolean };
  State: Pick<Dockerode.ContainerInspectInfo['State'], 'Running' | 'ExitCode'>;
  HostConfig?: { Links?: string[] | null };
  NetworkSettings: {
    Networks?: Record<string, EndpointAnswer> | null;
    Ports?: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | null;
  };
}

/** One entry of GET /containers/json. */
export type ContainerListAnswer = Pick<Dockerode.ContainerInfo, 'Id' | 'Names' | 'Image' | 'State'> & {
  Labels: Labels | null;
  Ports: Array<Pick<Dockerode.Port, 'PublicPort'>>;
};

/** GET /networks/{id} (and the entries of GET /networks). */
export type NetworkInspectAnswer = Pick<Dockerode.NetworkInspectInfo, 'Id' | 'Name' | 'Driver'> & {
  Labels?: Labels | null;
  IPAM?: { Config?: Array<{ Subnet?: string; Gateway?: string }> | null };
  Containers?: Record<string, Pick<Dockerode.NetworkContainer, 'Name' | 'IPv4Address'>> | null;
};

/** POST /containers/create. */
export interface ContainerCreateAnswer {
  Id: string;
  Warnings?: string[] | null;
}

/** POST /networks/create. */
export interface NetworkCreateAnswer {
  Id: string;
  Warning?: string;
}

/** POST /containers/{id}/exec, and GET /exec/{id}/json. */
export interface ExecCreateAnswer {
  Id: string;
}
export interface ExecInspectAnswer {
  ExitCode?: number | null;
}

/** One line of GET /events. */
export interface EventAnswer {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> | null };
  time?: number;
  timeNano?: number;
}

/** GET /swarm. */
export type SwarmInspectAnswer = Pick<Dockerode.Swarm, 'ID' | 'JoinTokens'>;

/** GET /info, its swarm part (@types/dockerode has no type for it). */
export interface InfoSwarmAnswer {
  Swarm?: {
    NodeID?: string;
    NodeAddr?: string;
    LocalNodeState?: string;
    ControlAvailable?: boolean;
    Error?: string;
  } | null;
}

/** One entry of GET /nodes (@types/dockerode types it as any). */
export interface NodeAnswer {
  ID: string;
  Spec?: { Role?: string; Availability?: string; Labels?: Labels | null };
  Description?: { Hostname?: string; Engine?: { EngineVersion?: string } };
  Status?: { State?: string; Addr?: string; Message?: string };
  ManagerStatus?: { Leader?: boolean; Reachability?: string; Addr?: string } | null;
}

/** POST /services/create: the engine sends Warnings; the API reference's example shows Warning. */
export interface ServiceCreateAnswer {
  ID: string;
  Warning?: string;
  Warnings?: string[] | null;
}

/** GET /services/{id} (and the entries of GET /services). */
export type ServiceAnswer = Pick<Dockerode.Service, 'ID' | 'Spec' | 'Endpoint'>;

/** One entry of GET /tasks (@types/dockerode types it as any). */
export interface TaskAnswer {
  ID: string;
  ServiceID: string;
  Slot?: number;
  NodeID?: string;
  DesiredState?: string;
  Status?: {
    State?: string;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string } | null;
  };
  NetworksAttachments?: Array<{ Network?: { Spec?: { Name?: string } }; Addresses?: string[] | null }> | null;
}
