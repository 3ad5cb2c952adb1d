/** The headless runner's own words, in English and Indonesian (`--lang`); lesson texts come from the lessons. */
import { message } from '@shared/messages';

export const labTexts = {
  step: message({
    example: { number: 2, of: 5, title: 'Membuat link' },
    en: (p) => `Step ${p.number}/${p.of} · ${p.title}`,
    id: (p) => `Langkah ${p.number}/${p.of} · ${p.title}`,
  }),
  probeAnswers: { en: 'answers', id: 'menjawab' },
  probeSkipped: { en: 'skipped', id: 'dilewati' },
  whatToDo: { en: 'What to do:', id: 'Yang perlu dilakukan:' },
  ran: message({
    example: { exitCode: '0', seconds: '1.2', calls: 4 },
    en: (p) => `exit code ${p.exitCode} · ${p.seconds} s · ${p.calls} Engine API calls`,
    id: (p) => `kode keluar ${p.exitCode} · ${p.seconds} dtk · ${p.calls} panggilan Engine API`,
  }),
  cancelling: {
    en: 'Cancelling: removing what the step started… (Ctrl+C again quits at once)',
    id: 'Membatalkan: menghapus apa yang dimulai langkah ini… (Ctrl+C sekali lagi untuk langsung keluar)',
  },
  cancelled: {
    en: 'Cancelled: what the step had started was removed.',
    id: 'Dibatalkan: apa yang sudah dimulai langkah ini telah dihapus.',
  },
  stopped: {
    en: 'Stopped: a check failed or the step could not run.',
    id: 'Berhenti: ada pemeriksaan yang gagal atau langkah tidak dapat dijalankan.',
  },
  allPassed: { en: 'All checks passed.', id: 'Semua pemeriksaan berhasil.' },
};
