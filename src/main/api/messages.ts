/** What browser mode's wire tells a page it refuses, in English and Indonesian. */
import { message } from '@shared/messages';

const printed = { printed: 'http://127.0.0.1:5199/?token=…' };

export const wireRefusals = {
  nothingAt: message({
    example: { path: '/socket' },
    en: (p) => `The app has nothing at ${p.path}.`,
    id: (p) => `Aplikasi tidak menyediakan apa pun di ${p.path}.`,
  }),
  openPrinted: message({
    example: printed,
    en: (p) => `Open ${p.printed}.`,
    id: (p) => `Buka ${p.printed}.`,
  }),
  badToken: {
    en: 'The app refused this page: its address has no token, or the token of another launch of the app.',
    id: 'Aplikasi menolak halaman ini: alamatnya tidak memiliki token, atau memakai token dari peluncuran aplikasi yang lain.',
  },
  badTokenFix: message({
    example: printed,
    en: (p) =>
      `Open the address exactly as npm run web printed it (${p.printed}), with its ?token=… part: every launch makes a new one.`,
    id: (p) =>
      `Buka alamat persis seperti yang dicetak npm run web (${p.printed}), beserta bagian ?token=…-nya: setiap peluncuran membuat token baru.`,
  }),
  foreignPage: message({
    example: { allowed: 'http://127.0.0.1:5199 or http://localhost:5199', origin: 'https://example.org' },
    en: (p) =>
      `The app refused this page: it only answers pages it served itself (${p.allowed}), and this page is ${p.origin}.`,
    id: (p) =>
      `Aplikasi menolak halaman ini: aplikasi hanya menjawab halaman yang disajikannya sendiri (${p.allowed}), sedangkan halaman ini adalah ${p.origin}.`,
  }),
  foreignPageFix: message({
    example: printed,
    en: (p) => `Open the address npm run web printed (${p.printed}).`,
    id: (p) => `Buka alamat yang dicetak npm run web (${p.printed}).`,
  }),
  tooManyPages: message({
    example: { open: 8 },
    en: (p) => `The app already serves ${p.open} pages, the most it serves at once.`,
    id: (p) => `Aplikasi sudah menyajikan ${p.open} halaman, jumlah terbanyak yang dapat disajikannya sekaligus.`,
  }),
  tooManyPagesFix: {
    en: 'Close some of the tabs that show the app, then reload this one.',
    id: 'Tutup beberapa tab yang menampilkan aplikasi, lalu muat ulang tab ini.',
  },
};
