/** Turning classified failures into sentences: a ProbeFailure per candidate, and one paragraph for a whole report. */
import type { DiscoveryReport, EngineErrorCode, EngineProduct, ProbeFailure, ProbeResult } from '@shared/engine';
import type { Language, Text } from '@shared/lesson';
import { joinTexts } from '@shared/messages';
import type { Classified } from './classify';
import { fixFor, installFix } from './fixes';
import type { DiscoveryContext, EngineTarget, Transport } from './types';

export function failureFor(k: Classified, target: EngineTarget, ctx: DiscoveryContext): ProbeFailure {
  return failureOf(k.code, messageFor(k, target, ctx), fixFor(k.reason, target, ctx));
}

/** A ProbeFailure from its texts: the English stays in `message`/`fix` for logs. */
export function failureOf(code: EngineErrorCode, messageText: Text, fixText: Text): ProbeFailure {
  return { code, message: messageText.en, fix: fixText.en, messageText, fixText };
}

function where(t: Transport): string {
  switch (t.kind) {
    case 'unix':
    case 'npipe':
      return t.path;
    case 'tcp':
      return `${t.host}:${t.port}`;
    case 'ssh':
      return `${t.auth.username}@${t.host}:${t.port}`;
  }
}

function messageFor(k: Classified, target: EngineTarget, ctx: DiscoveryContext): Text {
  const t = target.transport;
  const w = where(t);
  const ms = t.kind === 'ssh' ? ctx.sshTimeoutMs : ctx.timeoutMs;
  const local = t.kind === 'unix' || t.kind === 'npipe';
  const d = k.detail;
  switch (k.reason) {
    case 'missing': {
      const pipe = t.kind === 'npipe';
      return {
        en: `Nothing at ${w}: the ${pipe ? 'pipe' : 'socket'} does not exist.`,
        id: `Tidak ada apa pun di ${w}: ${pipe ? 'pipe' : 'socket'} tersebut tidak ada.`,
      };
    }
    case 'refused':
      return local
        ? {
            en: `${w} exists, but nothing accepts connections on it (${d}): the engine is not running.`,
            id: `${w} ada, tetapi tidak ada yang menerima koneksi di sana (${d}): engine tidak berjalan.`,
          }
        : {
            en: `Nothing listens on ${w} (connection refused).`,
            id: `Tidak ada yang mendengarkan di ${w} (koneksi ditolak).`,
          };
    case 'denied':
      return { en: `You are not allowed to open ${w} (${d}).`, id: `Anda tidak diizinkan membuka ${w} (${d}).` };
    case 'timeout':
      return {
        en: `${w} accepted the connection but did not answer within ${ms} ms.`,
        id: `${w} menerima koneksi tetapi tidak menjawab dalam ${ms} md.`,
      };
    case 'connect-timeout':
      return { en: `${w} did not respond within ${ms} ms.`, id: `${w} tidak merespons dalam ${ms} md.` };
    case 'dns':
      return {
        en: `The host name in ${w} cannot be resolved (${d}).`,
        id: `Nama host di ${w} tidak dapat di-resolve (${d}).`,
      };
    case 'network':
      return { en: `${w} cannot be reached (${d}).`, id: `${w} tidak dapat dijangkau (${d}).` };
    case 'tls':
      return { en: `The TLS handshake with ${w} failed (${d}).`, id: `Handshake TLS dengan ${w} gagal (${d}).` };
    case 'tls-needed':
      return {
        en: `${w} speaks HTTPS, but TLS is off (DOCKER_TLS_VERIFY is not set).`,
        id: `${w} memakai HTTPS, tetapi TLS tidak aktif (DOCKER_TLS_VERIFY tidak diatur).`,
      };
    case 'tls-unexpected':
      return {
        en: `TLS is on, but ${w} speaks plain HTTP (${d}).`,
        id: `TLS aktif, tetapi ${w} memakai HTTP biasa (${d}).`,
      };
    case 'ssh-auth':
      return {
        en: `ssh to ${w} failed: no key was accepted (${d}).`,
        id: `ssh ke ${w} gagal: tidak ada kunci yang diterima (${d}).`,
      };
    case 'ssh-remote':
      return {
        en: `ssh to ${w} worked, but \`docker system dial-stdio\` there did not reach an engine (${d}).`,
        id: `ssh ke ${w} berhasil, tetapi \`docker system dial-stdio\` di sana tidak menjangkau engine (${d}).`,
      };
    case 'not-engine':
      return {
        en: `Something answered at ${w}, but not like the Engine API (${d}).`,
        id: `Ada yang menjawab di ${w}, tetapi tidak seperti Engine API (${d}).`,
      };
    case 'other':
      return { en: `Could not talk to ${w} (${d}).`, id: `Tidak dapat berkomunikasi dengan ${w} (${d}).` };
  }
}

/**
 * When DOCKER_HOST or a context fails we do not fall back, but if a known socket answers we say so in its fix:
 * "…Meanwhile Docker Engine (unix:///var/run/docker.sock) answers: unset DOCKER_HOST to use it."
 */
export function withAlsoFound(primary: ProbeResult, hints: ProbeResult[], ctx: DiscoveryContext): ProbeResult {
  const answering = hints.filter((h) => h.ok);
  if (primary.ok || !primary.failure || answering.length === 0) return primary;
  const names = answering.map((h) => `${h.endpoint.label} (${h.endpoint.url})`);
  const one = answering.length === 1;
  const how: Text =
    primary.endpoint.source === 'DOCKER_HOST'
      ? ctx.platform === 'win32'
        ? {
            en: 'remove DOCKER_HOST (`Remove-Item Env:DOCKER_HOST`, and from your user environment variables)',
            id: 'hapus DOCKER_HOST (`Remove-Item Env:DOCKER_HOST`, dan dari environment variable pengguna Anda)',
          }
        : {
            en: 'unset DOCKER_HOST (and remove it from your shell profile)',
            id: 'hapus DOCKER_HOST dengan unset (dan dari profil shell Anda)',
          }
      : {
          en: 'run `docker context use default` (and unset DOCKER_CONTEXT if it is set)',
          id: 'jalankan `docker context use default` (dan hapus DOCKER_CONTEXT jika diatur)',
        };
  const { fixText } = primary.failure;
  const fix: Text = {
    en: `${fixText.en} Meanwhile ${names.join(' and ')} ${one ? 'answers' : 'answer'}: ${how.en} to use it instead.`,
    id: `${fixText.id} Sementara itu ${names.join(' dan ')} menjawab: ${how.id} untuk memakainya.`,
  };
  return { ...primary, failure: failureOf(primary.failure.code, primary.failure.messageText, fix) };
}

const PRODUCT: Record<EngineProduct, string> = {
  'docker-engine': 'Docker Engine',
  'docker-desktop': 'Docker Desktop',
  podman: 'Podman',
};

export const productName = (product: EngineProduct): string => PRODUCT[product];

/** One paragraph for people, in each language: which engine is used, or every candidate that failed and what to do. */
export function describeReport(report: DiscoveryReport, platform: NodeJS.Platform = process.platform): Text {
  const { chosen, identity } = report;
  if (chosen) {
    const about = identity
      ? `: ${productName(identity.product)} ${identity.version}, API ${identity.apiVersion}, ${identity.os}/${identity.arch}`
      : '';
    return {
      en: `Using ${chosen.label} (${chosen.url})${about}.`,
      id: `Memakai ${chosen.label} (${chosen.url})${about}.`,
    };
  }
  return joinTexts(failedParts(report, platform));
}

const NONE_ANSWERED: Text = { en: 'No container engine answered.', id: 'Tidak ada container engine yang menjawab.' };

function failedParts(report: DiscoveryReport, platform: NodeJS.Platform): Text[] {
  const tried = report.probes.filter((p) => !p.skipped);
  const name = (p: ProbeResult): string => `${p.endpoint.label} (${p.endpoint.url})`;
  const detail = (p: ProbeResult): Text => ({
    en: `${name(p)}: ${p.failure?.messageText.en} ${p.failure?.fixText.en}`,
    id: `${name(p)}: ${p.failure?.messageText.id} ${p.failure?.fixText.id}`,
  });
  const primary = tried.find((p) => p.endpoint.source !== 'socket');
  if (primary) {
    // Its fix already names any socket that answers; the others cannot be used while it is set.
    const others = tried.filter((p) => p !== primary && !p.ok);
    const also = (language: Language) =>
      others
        .map((p) => {
          const notFound = p.failure?.code === 'ENGINE_NOT_FOUND';
          return `${name(p)}: ${notFound ? { en: 'not found', id: 'tidak ditemukan' }[language] : p.failure?.messageText[language]}`;
        })
        .join('; ');
    const label = primary.endpoint.label;
    const tail: Text[] =
      others.length > 0
        ? [
            {
              en: `Also checked, but not used while ${label} is set: ${also('en')}.`,
              id: `Juga diperiksa, tetapi tidak dipakai selama ${label} diatur: ${also('id')}.`,
            },
          ]
        : [];
    return [NONE_ANSWERED, detail(primary), ...tail];
  }
  const failed = tried.filter((p) => !p.ok && p.failure);
  const missing = failed.filter((p) => p.failure?.code === 'ENGINE_NOT_FOUND');
  const parts = [NONE_ANSWERED, ...failed.filter((p) => !missing.includes(p)).map(detail)];
  if (missing.length > 0) {
    const names = missing.map(name).join(', ');
    parts.push({ en: `Not found: ${names}.`, id: `Tidak ditemukan: ${names}.` });
    if (missing.length === failed.length) parts.push(installFix(platform));
    const fixes = (language: Language) =>
      [...new Set(missing.map((p) => p.failure?.fixText[language] ?? ''))].filter(Boolean).join(' ');
    parts.push({
      en: `To start one you have: ${fixes('en')}`,
      id: `Untuk menjalankan yang sudah Anda punya: ${fixes('id')}`,
    });
  }
  return parts;
}
