/** The console panel's strings; `label` is the console's name as the lesson gives it (e.g. redis-cli). */
export const en = {
  terminal: '{{label}} terminal',
  opening: 'Starting {{label}}…',
  choose: 'Which console',
  none: 'No console in this lesson',
  noneText:
    'This lesson has no interactive console: its steps run every command for you. The Logs and Networks panels show what they do.',
  commandLabel: 'The same as',
  ended: 'Session ended (exit {{code}})',
  reconnect: 'Reconnect',
  copy: 'Copy the selection',
  paste: 'Paste',
  copied: 'Copied',
  keys: 'Ctrl+C ends {{label}}. Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes, Shift+Tab leaves the terminal.',
  failed: 'The console could not start',
  stopped: 'The console stopped',
  fix: 'What to do: {{fix}}',
  clipboardFailed: 'The clipboard is not available: {{message}}',
};

export const id: Record<keyof typeof en, string> = {
  terminal: 'Terminal {{label}}',
  opening: 'Menjalankan {{label}}…',
  choose: 'Pilih konsol',
  none: 'Tidak ada konsol di pelajaran ini',
  noneText:
    'Pelajaran ini tidak memiliki konsol interaktif: langkah-langkahnya menjalankan setiap perintah untuk Anda. Panel Log dan Network menampilkan apa yang dilakukannya.',
  commandLabel: 'Sama dengan',
  ended: 'Sesi berakhir (exit {{code}})',
  reconnect: 'Sambungkan ulang',
  copy: 'Salin teks yang dipilih',
  paste: 'Tempel',
  copied: 'Disalin',
  keys: 'Ctrl+C mengakhiri {{label}}. Ctrl+Shift+C menyalin teks yang dipilih, Ctrl+Shift+V menempel, Shift+Tab keluar dari terminal.',
  failed: 'Konsol tidak dapat dijalankan',
  stopped: 'Konsol berhenti',
  fix: 'Yang perlu dilakukan: {{fix}}',
  clipboardFailed: 'Clipboard tidak tersedia: {{message}}',
};

export const strings = { en, id };
