/** Strings of a challenge step: its goal, hints, checking the learner's work, the way to the Explore terminal. */
const en = {
  challenge: 'Challenge',
  goal: 'Your goal',
  noRun: 'No Run button here: type your own commands in the Explore terminal, then check your work.',
  openExplore: 'Open Explore',
  openExploreOnNode: 'Open Explore on {{node}}',
  checkWork: 'Check my work',
  checking: 'Checking…',
  checkHint: 'Reads your engine as it is now; nothing is changed',
  hints: 'Hints',
  showHint: 'Show hint {{n}} of {{total}}',
  hintN: 'Hint {{n}}',
  solved: 'Solved: every check passed.',
  notYet: 'Not yet: {{failed}} of {{total}} checks failed. Read what each one found, then try again.',
  checkFailed: 'Your work could not be checked',
  whatIsChecked: 'What is checked',
};

export const challengeStrings: { en: typeof en; id: typeof en } = {
  en,
  id: {
    challenge: 'Tantangan',
    goal: 'Tujuan Anda',
    noRun: 'Tidak ada tombol Run di sini: ketik perintah Anda sendiri di terminal Explore, lalu periksa hasilnya.',
    openExplore: 'Buka Explore',
    openExploreOnNode: 'Buka Explore di {{node}}',
    checkWork: 'Periksa hasil saya',
    checking: 'Memeriksa…',
    checkHint: 'Membaca engine Anda apa adanya saat ini; tidak ada yang diubah',
    hints: 'Petunjuk',
    showHint: 'Tampilkan petunjuk {{n}} dari {{total}}',
    hintN: 'Petunjuk {{n}}',
    solved: 'Terpecahkan: semua pemeriksaan berhasil.',
    notYet: 'Belum: {{failed}} dari {{total}} pemeriksaan gagal. Baca temuan setiap pemeriksaan, lalu coba lagi.',
    checkFailed: 'Hasil Anda tidak dapat diperiksa',
    whatIsChecked: 'Yang diperiksa',
  },
};
