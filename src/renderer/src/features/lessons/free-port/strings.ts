/** Strings of the button that stops another lesson's container holding the port a step needs. */
const en = {
  stop: 'Stop {{container}} (lesson {{lesson}})',
  stopHint:
    'Stops only that container (it is not removed). The other lesson keeps its progress; its step that started the container will ask to be run again. This step then runs again by itself.',
  stopFailed: 'The container was not stopped',
};

const id: typeof en = {
  stop: 'Hentikan {{container}} (pelajaran {{lesson}})',
  stopHint:
    'Hanya container itu yang dihentikan (tidak dihapus). Pelajaran lain tetap menyimpan kemajuannya; langkahnya yang memulai container itu akan minta dijalankan ulang. Setelah itu langkah ini berjalan lagi dengan sendirinya.',
  stopFailed: 'Container tidak dihentikan',
};

export const freePortStrings = { en, id };
