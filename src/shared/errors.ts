/** Errors that cross from the engine and lesson layers to a person: a code, what happened, what to do. */
import type { EngineErrorCode } from './engine';
import type { PortHolder } from './results';

export type AppErrorCode =
  | EngineErrorCode
  | 'ENGINE_UNAVAILABLE' // no candidate answered (see the discovery report)
  | 'NAME_TAKEN' // a container or network with the lesson's name exists and the app did not create it
  | 'PORT_BUSY' // the host port a step publishes is in use
  | 'NOT_OURS' // the step would change or use an object the app did not create
  | 'CANCELLED' // the learner cancelled the step
  | 'LIMIT_REACHED' // the app's limit on open console sessions
  | 'NOT_FOUND'
  | 'LINKS_UNSUPPORTED' // Podman refuses legacy links
  | 'SWARM_UNSUPPORTED' // Podman has no swarm mode: a lesson that requires it is refused up front
  | 'IMAGE_UNAVAILABLE' // pull failed
  | 'BUILD_FAILED'
  | 'BAD_COMMAND' // CLI text the parser refuses
  | 'ENGINE_ERROR'; // anything else the engine said

export interface AppErrorInfo {
  code: AppErrorCode;
  message: string;
  fix?: string;
  /** PORT_BUSY only: the other lesson's container that holds the port, which the learner may stop. */
  holder?: PortHolder;
}

export class AppError extends Error implements AppErrorInfo {
  readonly code: AppErrorCode;
  readonly fix?: string;
  readonly statusCode?: number;
  readonly holder?: PortHolder;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fix?: string; statusCode?: number; cause?: unknown; holder?: PortHolder } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fix = options.fix;
    this.statusCode = options.statusCode;
    this.holder = options.holder;
  }

  toInfo(): AppErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.fix ? { fix: this.fix } : {}),
      ...(this.holder ? { holder: this.holder } : {}),
    };
  }
}
