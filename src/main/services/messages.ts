/** What the app's services (consoles, the engine session, the API) tell a person, in English and Indonesian. */
import type { Text } from '@shared/lesson';
import { message } from '@shared/messages';

const step = { number: 2, title: { en: 'Overlay network', id: 'Overlay network' } as Text };

/** What a step does, inside "Run step 2 (…) first: it creates app-net." */
const does = {
  startsNode: message({
    example: { node: 'node2' },
    en: (p) => `starts ${p.node}`,
    id: (p) => `menjalankan ${p.node}`,
  }),
  createsNetwork: message({
    example: { network: 'app-net' },
    en: (p) => `creates ${p.network}`,
    id: (p) => `membuat ${p.network}`,
  }),
};

export const serviceErrors = {
  does,
  runStepFirst: message({
    example: { step, does: { en: 'creates app-net', id: 'membuat app-net' } as Text },
    en: (p) => `Run step ${p.step.number} ("${p.step.title.en}") first: it ${p.does.en}. Then open this console again.`,
    id: (p) =>
      `Jalankan dulu langkah ${p.step.number} ("${p.step.title.id}"): langkah itu ${p.does.id}. Lalu buka konsol ini lagi.`,
  }),
  runStepsUpTo: message({
    example: { does: { en: 'creates app-net', id: 'membuat app-net' } as Text },
    en: (p) => `Run the lesson's steps up to the one that ${p.does.en}, then open this console again.`,
    id: (p) => `Jalankan langkah-langkah pelajaran sampai langkah yang ${p.does.id}, lalu buka konsol ini lagi.`,
  }),
  consoleNodeDown: message({
    example: { node: 'node2' },
    en: (p) => `This console runs on ${p.node}, which is not running.`,
    id: (p) => `Konsol ini berjalan di ${p.node}, tetapi ${p.node} sedang tidak berjalan.`,
  }),
  outsideTheSwarm: message({
    example: { node: 'node2', network: 'app-net' },
    en: (p) =>
      `This console joins the overlay network ${p.network}, which ${p.node} reaches only as a member of the swarm, and it is not in one now.`,
    id: (p) =>
      `Konsol ini bergabung ke overlay network ${p.network}, yang hanya dapat dijangkau ${p.node} sebagai anggota swarm, dan saat ini ${p.node} tidak berada dalam swarm.`,
  }),
  outsideTheSwarmFix: message({
    example: { step: step as typeof step | undefined, network: 'app-net' },
    en: (p) =>
      `Reset the lesson, then run it again up to ${p.step ? `step ${p.step.number} ("${p.step.title.en}")` : `the step that creates ${p.network}`}; then open this console again.`,
    id: (p) =>
      `Reset pelajaran, lalu jalankan lagi sampai ${p.step ? `langkah ${p.step.number} ("${p.step.title.id}")` : `langkah yang membuat ${p.network}`}; lalu buka konsol ini lagi.`,
  }),
  networkNotYet: message({
    example: { node: 'node2', network: 'app-net' },
    en: (p) => `This console joins the network ${p.network} on ${p.node}, which is not there yet.`,
    id: (p) => `Konsol ini bergabung ke network ${p.network} di ${p.node}, yang belum ada.`,
  }),
  noConsole: message({
    example: { lesson: 'links', console: 'redis-cli' as string | undefined },
    en: (p) => `the lesson "${p.lesson}" has no console${p.console ? ` "${p.console}"` : ''}`,
    id: (p) => `pelajaran "${p.lesson}" tidak memiliki konsol${p.console ? ` "${p.console}"` : ''}`,
  }),
  tooManyConsoles: message({
    example: { open: 8 },
    en: (p) => `${p.open} consoles are open already, the most this app allows.`,
    id: (p) => `Sudah ada ${p.open} konsol yang terbuka, jumlah terbanyak yang diizinkan aplikasi ini.`,
  }),
  tooManyConsolesFix: {
    en: 'Close a console you no longer use (or the window or tab that shows it), then open this one again.',
    id: 'Tutup konsol yang tidak Anda pakai lagi (atau jendela atau tab yang menampilkannya), lalu buka konsol ini lagi.',
  },
  noSession: message({
    example: { session: '7f3c' },
    en: (p) => `there is no console session ${p.session}`,
    id: (p) => `tidak ada sesi konsol ${p.session}`,
  }),
  stillLooking: { en: 'Still looking for the container engine.', id: 'Masih mencari container engine.' },
  startEngineFix: {
    en: 'Start Docker (or Podman); the app connects by itself.',
    id: 'Jalankan Docker (atau Podman); aplikasi akan terhubung dengan sendirinya.',
  },
  engineStopped: { en: 'the engine stopped answering', id: 'engine berhenti menjawab' },
  engineLost: message({
    example: { url: 'unix:///var/run/docker.sock', why: { en: 'read ECONNRESET', id: 'read ECONNRESET' } as Text },
    en: (p) => `The engine at ${p.url} stopped answering (${p.why.en}). The app looks for it again every second.`,
    id: (p) => `Engine di ${p.url} berhenti menjawab (${p.why.id}). Aplikasi mencarinya lagi setiap detik.`,
  }),
  waitingForEngine: message({
    example: { why: { en: 'No container engine answered.', id: 'Tidak ada container engine yang menjawab.' } as Text },
    en: (p) => `The engine stopped answering; waiting for it. ${p.why.en}`,
    id: (p) => `Engine berhenti menjawab; menunggu engine. ${p.why.id}`,
  }),
  noStep: message({
    example: { lesson: 'links', step: 'start-db' },
    en: (p) => `lesson ${p.lesson} has no step "${p.step}"`,
    id: (p) => `pelajaran ${p.lesson} tidak memiliki langkah "${p.step}"`,
  }),
};
