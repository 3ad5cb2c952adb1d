export const en = {
  terminal: 'redis-cli terminal',
  opening: 'Starting redis-cli…',
  commandLabel: 'The same as',
  ended: 'Session ended (exit {{code}})',
  reconnect: 'Reconnect',
  copy: 'Copy the selection',
  paste: 'Paste',
  copied: 'Copied',
  keys: 'Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes, Shift+Tab leaves the terminal. ↑ and ↓ browse redis-cli’s history.',
  failed: 'The console could not start',
  stopped: 'The console stopped',
  fix: 'What to do: {{fix}}',
  clipboardFailed: 'The clipboard is not available: {{message}}',
};

export const id: Record<keyof typeof en, string> = {
  terminal: 'Terminal redis-cli',
  opening: 'Menjalankan redis-cli…',
  commandLabel: 'Sama dengan',
  ended: 'Sesi berakhir (exit {{code}})',
  reconnect: 'Sambungkan ulang',
  copy: 'Salin teks yang dipilih',
  paste: 'Tempel',
  copied: 'Disalin',
  keys: 'Ctrl+Shift+C menyalin teks yang dipilih, Ctrl+Shift+V menempel, Shift+Tab keluar dari terminal. ↑ dan ↓ menelusuri riwayat redis-cli.',
  failed: 'Konsol tidak dapat dijalankan',
  stopped: 'Konsol berhenti',
  fix: 'Yang perlu dilakukan: {{fix}}',
  clipboardFailed: 'Clipboard tidak tersedia: {{message}}',
};

export const strings = { en, id };
