/** What the lesson layer tells a person when a step cannot run or stops, in English and Indonesian. */
import type { Text } from '@shared/lesson';
import { message } from '@shared/messages';

type Kind = 'container' | 'network' | 'service';
const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const web = { name: 'web' };
const kindName = { kind: 'container' as Kind, name: 'web' };

/** How to reset a lesson: one phrase, used inside the fixes below. */
const resetHint = message({
  example: { lesson: 'links' },
  en: (p) => `reset the "${p.lesson}" lesson (npm run lab -- reset ${p.lesson}, or Reset in the app)`,
  id: (p) => `reset pelajaran "${p.lesson}" (npm run lab -- reset ${p.lesson}, atau tombol Reset di aplikasi)`,
});

const moveAside = {
  container: message({
    example: web,
    en: (p) => `Rename yours (docker rename ${p.name} ${p.name}-mine) or remove it (docker rm -f ${p.name})`,
    id: (p) => `Ganti nama milik Anda (docker rename ${p.name} ${p.name}-mine) atau hapus (docker rm -f ${p.name})`,
  }),
  network: message({
    example: web,
    en: (p) => `Remove yours (docker network rm ${p.name}), or rename what uses it`,
    id: (p) => `Hapus milik Anda (docker network rm ${p.name}), atau ganti nama yang memakainya`,
  }),
  service: message({
    example: web,
    en: (p) => `Remove yours (docker service rm ${p.name})`,
    id: (p) => `Hapus milik Anda (docker service rm ${p.name})`,
  }),
};

export const lessonErrors = {
  noLesson: message({
    example: { lesson: 'volumes', known: ['links', 'networks', 'swarm'] },
    en: (p) => `no lesson "${p.lesson}"; lessons: ${p.known.join(', ')}`,
    id: (p) => `tidak ada pelajaran "${p.lesson}"; pelajaran yang ada: ${p.known.join(', ')}`,
  }),
  resetHint,
  moveAside,
  ownedByLesson: message({
    example: { lesson: 'links' },
    en: (p) => `It belongs to the "${p.lesson}" lesson: ${resetHint.en(p)}.`,
    id: (p) => `Objek ini milik pelajaran "${p.lesson}": ${resetHint.id(p)}.`,
  }),
  foreignFix: message({
    example: kindName,
    en: (p) =>
      `This app never touches ${p.kind}s it did not create. ${moveAside[p.kind].en(p)} if you no longer need it, then run the lesson's steps again from the one that creates ${p.name}.`,
    id: (p) =>
      `Aplikasi ini tidak pernah menyentuh ${p.kind} yang tidak dibuatnya. ${moveAside[p.kind].id(p)} jika tidak diperlukan lagi, lalu jalankan lagi langkah-langkah pelajaran mulai dari langkah yang membuat ${p.name}.`,
  }),
  nameTaken: message({
    example: kindName,
    en: (p) => `A ${p.kind} named "${p.name}" already exists and was not created by this lesson.`,
    id: (p) => `Sudah ada ${p.kind} bernama "${p.name}" yang tidak dibuat oleh pelajaran ini.`,
  }),
  noSuchObject: message({
    example: kindName,
    en: (p) => `There is no ${p.kind} named "${p.name}".`,
    id: (p) => `Tidak ada ${p.kind} bernama "${p.name}".`,
  }),
  runUpToCreator: message({
    example: web,
    en: (p) => `Run the lesson's steps up to the one that creates ${p.name} first.`,
    id: (p) => `Jalankan dulu langkah-langkah pelajaran sampai langkah yang membuat ${p.name}.`,
  }),
  notOurs: message({
    example: kindName,
    en: (p) => `The ${p.kind} "${p.name}" was not created by this app, so the app will not use or change it.`,
    id: (p) =>
      `${capital(p.kind)} "${p.name}" tidak dibuat oleh aplikasi ini, sehingga aplikasi tidak akan memakai atau mengubahnya.`,
  }),
  portHeld: message({
    example: { port: 3000, host: 'localhost', container: 'web' },
    en: (p) => `Port ${p.port} on ${p.host} is already published by container "${p.container}".`,
    id: (p) => `Port ${p.port} di ${p.host} sudah di-publish oleh container "${p.container}".`,
  }),
  portHeldByLessonFix: message({
    example: { lesson: 'links', container: 'web' },
    en: (p) =>
      `It was started by the "${p.lesson}" lesson: stop that container (the Stop button in the app, or docker stop ${p.container}); that lesson keeps its progress and asks to run the step that started it again. Or ${resetHint.en(p)}.`,
    id: (p) =>
      `Container itu dijalankan oleh pelajaran "${p.lesson}": hentikan container tersebut (tombol Stop di aplikasi, atau docker stop ${p.container}); pelajaran itu tetap menyimpan kemajuannya dan meminta Anda menjalankan lagi langkah yang memulainya. Atau ${resetHint.id(p)}.`,
  }),
  portHeldByOwnerFix: message({
    example: { lesson: 'links' },
    en: (p) => `It was started by the "${p.lesson}" lesson: ${resetHint.en(p)}.`,
    id: (p) => `Container itu dijalankan oleh pelajaran "${p.lesson}": ${resetHint.id(p)}.`,
  }),
  portHeldForeignFix: message({
    example: { container: 'web' },
    en: (p) =>
      `Stop it with docker stop ${p.container} (this app will not stop containers it did not create), then run the step again.`,
    id: (p) =>
      `Hentikan dengan docker stop ${p.container} (aplikasi ini tidak akan menghentikan container yang tidak dibuatnya), lalu jalankan langkah ini lagi.`,
  }),
  noPortHolder: message({
    example: { port: 3000 },
    en: (p) => `No running container publishes port ${p.port}.`,
    id: (p) => `Tidak ada container berjalan yang mem-publish port ${p.port}.`,
  }),
  runStepAgain: { en: 'Run the step again.', id: 'Jalankan langkah ini lagi.' },
  portInUse: message({
    example: { port: '3000', host: 'localhost' },
    en: (p) => `Port ${p.port} on ${p.host} is in use by another program, so the engine cannot publish it.`,
    id: (p) => `Port ${p.port} di ${p.host} sedang dipakai program lain, sehingga engine tidak dapat mem-publish-nya.`,
  }),
  portInUseFix: message({
    example: { port: '3000' },
    en: (p) =>
      `Stop the program that listens on port ${p.port} (for example: sudo ss -ltnp 'sport = :${p.port}' on Linux, lsof -i :${p.port} on macOS, netstat -ano | findstr :${p.port} on Windows), then run the step again.`,
    id: (p) =>
      `Hentikan program yang mendengarkan di port ${p.port} (misalnya: sudo ss -ltnp 'sport = :${p.port}' di Linux, lsof -i :${p.port} di macOS, netstat -ano | findstr :${p.port} di Windows), lalu jalankan langkah ini lagi.`,
  }),
  linkTargetStopped: message({
    example: { name: 'redis-server' },
    en: (p) => `The container ${p.name} is not running, and Docker links only to a running container.`,
    id: (p) =>
      `Container ${p.name} tidak berjalan, padahal Docker hanya membuat link ke container yang sedang berjalan.`,
  }),
  linkTargetStoppedFix: message({
    example: { name: 'redis-server' },
    en: (p) => `Run the lesson's steps again from the one that starts ${p.name}, then try this again.`,
    id: (p) => `Jalankan lagi langkah-langkah pelajaran mulai dari langkah yang menjalankan ${p.name}, lalu coba lagi.`,
  }),
  earlierStepFirst: message({
    example: {
      uses: [{ kind: 'container' as Kind, name: 'redis', state: 'stopped' as 'stopped' | 'gone' | 'present' }],
      step: 1,
      title: { en: 'Start Redis', id: 'Menjalankan Redis' } as Text,
    },
    en: (p) =>
      `This step uses ${p.uses.map((u) => `the ${u.kind} ${u.name} (${u.state})`).join(' and ')}, which step ${p.step} (“${p.title.en}”) creates: run step ${p.step} first.`,
    id: (p) =>
      `Langkah ini memakai ${p.uses.map((u) => `${u.kind} ${u.name} (${u.state === 'stopped' ? 'berhenti' : 'tidak ada'})`).join(' dan ')}, yang dibuat oleh langkah ${p.step} (“${p.title.id}”): jalankan langkah ${p.step} dulu.`,
  }),
  earlierStepFirstFix: message({
    example: { step: 1, title: { en: 'Start Redis', id: 'Menjalankan Redis' } as Text },
    en: (p) => `Run step ${p.step} (“${p.title.en}”) again, then this step.`,
    id: (p) => `Jalankan lagi langkah ${p.step} (“${p.title.id}”), lalu langkah ini.`,
  }),
  cancelled: {
    en: 'The step was cancelled; what it had started was cleaned up.',
    id: 'Langkah ini dibatalkan; apa yang sudah dimulainya telah dibersihkan.',
  },
  cancelledFix: { en: 'Run the step again when you are ready.', id: 'Jalankan langkah ini lagi kapan pun Anda siap.' },
  takeNetworks: {
    en: 'Take the networks lesson, which runs on Podman: npm run lab -- run networks',
    id: 'Ikuti pelajaran networks, yang berjalan di Podman: npm run lab -- run networks',
  },
  takeNetworksOrDocker: {
    en: 'Take the networks lesson, which runs on Podman: npm run lab -- run networks; for this lesson, connect the app to Docker Engine.',
    id: 'Ikuti pelajaran networks, yang berjalan di Podman: npm run lab -- run networks; untuk pelajaran ini, hubungkan aplikasi ke Docker Engine.',
  },
  baseImageMissingFix: {
    en: 'The base image named in the Dockerfile is not available to the engine: pull or load it, then run the step again.',
    id: 'Base image yang disebut di Dockerfile tidak tersedia bagi engine: pull atau muat image tersebut, lalu jalankan langkah ini lagi.',
  },
  buildInterrupted: message({
    example: { image: 'container-talk/redis-node-example', why: 'socket hang up' },
    en: (p) => `The build of ${p.image} was interrupted: the connection to the engine broke (${p.why}).`,
    id: (p) => `Build ${p.image} terhenti: koneksi ke engine terputus (${p.why}).`,
  }),
  buildInterruptedFix: {
    en: 'The engine answers again: run the step again and the build starts over.',
    id: 'Engine sudah menjawab lagi: jalankan langkah ini lagi dan build dimulai dari awal.',
  },
  engineGoneDuringBuild: message({
    example: { image: 'container-talk/redis-node-example', why: 'connect ECONNREFUSED' },
    en: (p) => `The engine stopped answering while it built ${p.image}, so the build did not finish (${p.why}).`,
    id: (p) => `Engine berhenti menjawab saat mem-build ${p.image}, sehingga build tidak selesai (${p.why}).`,
  }),
  engineGoneDuringBuildFix: {
    en: 'Start the engine again (the app finds it by itself), then run the step again: the build starts over.',
    id: 'Jalankan engine lagi (aplikasi menemukannya sendiri), lalu jalankan langkah ini lagi: build dimulai dari awal.',
  },
  nodeNoTlsPort: message({
    example: { node: 'node1' },
    en: (p) => `${p.node} does not publish its engine's port 2376 on 127.0.0.1`,
    id: (p) => `${p.node} tidak mem-publish port 2376 engine-nya di 127.0.0.1`,
  }),
  nodeNoTlsPortFix: message({
    example: { node: 'node1' },
    en: (p) => `Start ${p.node} the way the lesson shows (-p 127.0.0.1::2376), after a Reset of the lesson.`,
    id: (p) =>
      `Jalankan ${p.node} seperti yang ditunjukkan pelajaran (-p 127.0.0.1::2376), setelah pelajaran di-Reset.`,
  }),
  nodeEngineSilent: message({
    example: { node: 'node1' },
    en: (p) => `The engine inside ${p.node} did not answer within 30 s.`,
    id: (p) => `Engine di dalam ${p.node} tidak menjawab dalam 30 detik.`,
  }),
  nodeEngineSilentFix: message({
    example: { node: 'node1' },
    en: (p) => `Look at ${p.node}'s logs in the Logs panel; Reset the lesson and run it again from the first step.`,
    id: (p) => `Lihat log ${p.node} di panel Log; Reset pelajaran lalu jalankan lagi dari langkah pertama.`,
  }),
  nodeNotRunning: message({
    example: { node: 'node1' },
    en: (p) => `The node ${p.node} is not running.`,
    id: (p) => `Node ${p.node} tidak berjalan.`,
  }),
  nodeNotRunningFix: message({
    example: { node: 'node1' },
    en: (p) => `Run the lesson's first step again: it starts ${p.node}.`,
    id: (p) => `Jalankan lagi langkah pertama pelajaran: langkah itu menjalankan ${p.node}.`,
  }),
  networksNotFound: message({
    example: { names: ['backend-network'] },
    en: (p) => `network ${p.names.join(', ')} not found`,
    id: (p) => `network ${p.names.join(', ')} tidak ditemukan`,
  }),
  runEarlierSteps: { en: 'Run the earlier steps first.', id: 'Jalankan dulu langkah-langkah sebelumnya.' },
  serviceNotFound: message({
    example: { name: 'web' },
    en: (p) => `no such service: ${p.name}`,
    id: (p) => `service ${p.name} tidak ada`,
  }),
  runCreatorStep: { en: 'Run the step that creates it first.', id: 'Jalankan dulu langkah yang membuatnya.' },
  objectsNotFound: message({
    example: { names: ['web'] },
    en: (p) => `no such object: ${p.names.join(', ')}`,
    id: (p) => `tidak ada objek bernama: ${p.names.join(', ')}`,
  }),
  notAChallenge: message({
    example: { step: 'create-link', lesson: 'links' },
    en: (p) => `Step "${p.step}" of lesson ${p.lesson} is not a challenge.`,
    id: (p) => `Langkah "${p.step}" pada pelajaran ${p.lesson} bukan tantangan.`,
  }),
  challengeNotRun: message({
    example: { step: 'challenge' },
    en: (p) =>
      `Step "${p.step}" is a challenge: type your own commands in the Explore terminal, then use Check my work.`,
    id: (p) =>
      `Langkah "${p.step}" adalah tantangan: ketik perintah Anda sendiri di terminal Jelajah, lalu gunakan Periksa hasil saya.`,
  }),
  listNamesFix: {
    en: 'docker ps -a and docker network ls list the names there are.',
    id: 'docker ps -a dan docker network ls menampilkan nama-nama yang ada.',
  },
  joinHostNotANode: message({
    example: { token: '$WORKER_TOKEN', host: 'web' },
    en: (p) => `${p.token} is read from a node of this lesson, and ${p.host} is none of them`,
    id: (p) => `${p.token} dibaca dari salah satu node pelajaran ini, dan ${p.host} bukan salah satunya`,
  }),
  joinHostNotANodeFix: message({
    example: { nodes: ['node1', 'node2'] },
    en: (p) => `Name one of the lesson's nodes: ${p.nodes.join(', ') || 'this lesson has none'}.`,
    id: (p) => `Sebut salah satu node pelajaran ini: ${p.nodes.join(', ') || 'pelajaran ini tidak punya node'}.`,
  }),
  aliasNeedsUserNetwork: {
    en: 'network-scoped aliases are only supported for user-defined networks',
    id: 'alias per network hanya didukung pada user-defined network',
  },
  aliasNeedsUserNetworkFix: {
    en: 'Add --network <a network made with docker network create>, or drop --network-alias.',
    id: 'Tambahkan --network <network yang dibuat dengan docker network create>, atau hapus --network-alias.',
  },
  cleanupFailed: message({
    example: {
      error: { en: 'creating the container: timeout', id: 'Gagal membuat container: timeout' } as Text,
      leftover: 'web',
      why: { en: 'the engine stopped answering', id: 'engine berhenti menjawab' } as Text,
    },
    en: (p) => `${p.error.en}\n\nRemoving ${p.leftover} failed too: ${p.why.en}`,
    id: (p) => `${p.error.id}\n\nMenghapus ${p.leftover} juga gagal: ${p.why.id}`,
  }),
  resetAfterEngineBack: {
    en: 'Once the engine answers again, Reset the lesson to remove what is left.',
    id: 'Begitu engine menjawab lagi, Reset pelajaran untuk menghapus sisanya.',
  },
};
