/**
 * Errors that cross from the engine and lesson layers to a person: a code, what happened, what to do,
 * each in English and Indonesian (built from the layers' message catalogs); `message` and `fix` stay
 * the English, for logs and for callers that only log.
 */
import type { EngineErrorCode } from './engine';
import type { Language, Text } from './lesson';
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

/** What each code means, shown beside it; a Record, so a code without its texts fails the type check. */
export const appErrorTitles: Record<AppErrorCode, Text> = {
  ENGINE_NOT_FOUND: { en: 'No engine found', id: 'Engine tidak ditemukan' },
  ENGINE_NOT_RUNNING: { en: 'The engine is not running', id: 'Engine tidak berjalan' },
  PERMISSION_DENIED: { en: 'Permission denied', id: 'Akses ditolak' },
  UNREACHABLE: { en: 'The engine cannot be reached', id: 'Engine tidak dapat dijangkau' },
  TIMEOUT: { en: 'No answer in time', id: 'Tidak ada jawaban tepat waktu' },
  BAD_CONFIG: { en: 'Engine settings are wrong', id: 'Pengaturan engine salah' },
  NOT_AN_ENGINE: { en: 'Not a container engine', id: 'Bukan container engine' },
  ENGINE_UNAVAILABLE: { en: 'The engine does not answer', id: 'Engine tidak menjawab' },
  NAME_TAKEN: { en: 'The name is taken', id: 'Nama sudah dipakai' },
  PORT_BUSY: { en: 'The port is in use', id: 'Port sedang dipakai' },
  NOT_OURS: { en: 'Not created by this app', id: 'Bukan buatan aplikasi ini' },
  CANCELLED: { en: 'Cancelled', id: 'Dibatalkan' },
  LIMIT_REACHED: { en: 'Limit reached', id: 'Batas tercapai' },
  NOT_FOUND: { en: 'Not found', id: 'Tidak ditemukan' },
  LINKS_UNSUPPORTED: { en: 'Links not supported', id: 'Link tidak didukung' },
  SWARM_UNSUPPORTED: { en: 'Swarm not supported', id: 'Swarm tidak didukung' },
  IMAGE_UNAVAILABLE: { en: 'Image not available', id: 'Image tidak tersedia' },
  BUILD_FAILED: { en: 'The build failed', id: 'Build gagal' },
  BAD_COMMAND: { en: 'Command not accepted', id: 'Perintah tidak diterima' },
  ENGINE_ERROR: { en: 'The engine refused', id: 'Engine menolak' },
};

export interface AppErrorInfo {
  code: AppErrorCode;
  /** English, for logs; `messageText` is what a person reads. */
  message: string;
  fix?: string;
  /** Absent only in results stored before errors spoke both languages. */
  messageText?: Text;
  fixText?: Text;
  /** PORT_BUSY only: the other lesson's container that holds the port, which the learner may stop. */
  holder?: PortHolder;
}

export class AppError extends Error implements AppErrorInfo {
  readonly code: AppErrorCode;
  readonly messageText: Text;
  readonly fix?: string;
  readonly fixText?: Text;
  readonly statusCode?: number;
  readonly holder?: PortHolder;

  constructor(
    code: AppErrorCode,
    text: Text,
    options: { fix?: Text; statusCode?: number; cause?: unknown; holder?: PortHolder } = {},
  ) {
    super(text.en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.messageText = text;
    this.fix = options.fix?.en;
    this.fixText = options.fix;
    this.statusCode = options.statusCode;
    this.holder = options.holder;
  }

  toInfo(): AppErrorInfo {
    return {
      code: this.code,
      message: this.message,
      messageText: this.messageText,
      ...(this.fixText ? { fix: this.fixText.en, fixText: this.fixText } : {}),
      ...(this.holder ? { holder: this.holder } : {}),
    };
  }
}

/** What any error says, in both languages: an AppError's texts, otherwise its (untranslatable) message. */
export function textOfError(error: unknown): Text {
  if (error instanceof AppError) return error.messageText;
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, id: message };
}

/** What any error that crossed the wire says: English, and (since errors speak both languages) every language. */
export type ErrorTexts = Pick<AppErrorInfo, 'message' | 'fix' | 'messageText' | 'fixText'>;

/** The error's message and fix as a person reads them in `language` (or as `pick` picks a text's language). */
export function inLanguage(
  error: ErrorTexts,
  language: Language | ((text: Text) => string),
): { message: string; fix?: string } {
  const pick = typeof language === 'function' ? language : (text: Text) => text[language];
  const fix = error.fixText ? pick(error.fixText) : error.fix;
  return { message: error.messageText ? pick(error.messageText) : error.message, ...(fix ? { fix } : {}) };
}
