/**
 * What to try next when a check fails, by check kind, in English and Indonesian: the learner gets a
 * concrete next move (start this container, run the step that creates that network) rather than only
 * "run the step again". A hint names the objects the check reads, never what was found.
 */
import type { Text } from '@shared/lesson';
import type { CheckKind, CheckOf, CheckSpec } from './vocabulary';

type Hints = { [K in CheckKind]: (check: CheckOf<K>) => Text };

const onNode = (node: string | undefined): Text =>
  node ? { en: ` on ${node}`, id: ` di ${node}` } : { en: '', id: '' };

const hints: Hints = {
  'exit-code': () => ({
    en: 'Read the error in the output above: it usually names what is missing (an earlier step, a name already in use). Fix that, then run the step again.',
    id: 'Baca pesan galat pada keluaran di atas: biasanya menyebut apa yang kurang (langkah sebelumnya, nama yang sudah dipakai). Perbaiki itu, lalu jalankan langkah ini lagi.',
  }),
  'output-matches': () => ({
    en: 'Compare the output with what the explanation expects. If the container had only just started, wait a second and run the step again.',
    id: 'Bandingkan keluaran dengan yang diharapkan penjelasan. Jika container baru saja mulai, tunggu sebentar lalu jalankan langkah ini lagi.',
  }),
  'output-lists': (check) => ({
    en: `The list should name ${check.items.join(', ')}. Run the earlier steps that create them, then this one again.`,
    id: `Daftar itu seharusnya memuat ${check.items.join(', ')}. Jalankan langkah sebelumnya yang membuatnya, lalu langkah ini lagi.`,
  }),
  'container-running': (check) => ({
    en: `Is ${check.container} running${onNode(check.node).en}? Look at its lines in the Logs panel: a container that exits at once says why there. Reset the lesson if it keeps stopping.`,
    id: `Apakah ${check.container} berjalan${onNode(check.node).id}? Lihat barisnya di panel Log: container yang langsung berhenti menyebut alasannya di sana. Reset pelajaran jika terus berhenti.`,
  }),
  'link-env': (check) => ({
    en: `The variables come from --link ${check.target}:${check.alias}: ${check.target} must be running before this container is created. Run the step that starts ${check.target}, then this one.`,
    id: `Variabel itu berasal dari --link ${check.target}:${check.alias}: ${check.target} harus berjalan sebelum container ini dibuat. Jalankan langkah yang memulai ${check.target}, lalu langkah ini.`,
  }),
  'no-link-env': (check) => ({
    en: `This container should not have the ${check.alias} link. Reset the lesson to remove the earlier containers, then run the steps in order.`,
    id: `Container ini seharusnya tidak punya tautan ${check.alias}. Reset pelajaran untuk menghapus container sebelumnya, lalu jalankan langkah secara berurutan.`,
  }),
  'hosts-link-entry': (check) => ({
    en: `/etc/hosts gets the ${check.alias} line only when the container is created with --link and ${check.target} is running. Run the step that starts ${check.target} first.`,
    id: `/etc/hosts mendapat baris ${check.alias} hanya jika container dibuat dengan --link dan ${check.target} sedang berjalan. Jalankan dulu langkah yang memulai ${check.target}.`,
  }),
  'hosts-no-peer': (check) => ({
    en: `${check.peer} should not appear in /etc/hosts here. Reset the lesson and run the steps in order.`,
    id: `${check.peer} seharusnya tidak muncul di /etc/hosts di sini. Reset pelajaran dan jalankan langkah secara berurutan.`,
  }),
  'embedded-dns': (check) => ({
    en: `Names resolve through Docker's DNS only on a user-defined network: run the step that creates ${check.network} and attaches the container to it.`,
    id: `Nama hanya diterjemahkan oleh DNS Docker pada user-defined network: jalankan langkah yang membuat ${check.network} dan menyambungkan container ke sana.`,
  }),
  'ping-reply': (check) => ({
    en: `${check.target} did not answer. Check in the Networks panel that it is running${check.network ? ` and attached to ${check.network}` : ''}, then run the step again.`,
    id: `${check.target} tidak menjawab. Periksa di panel Network bahwa ia berjalan${check.network ? ` dan tersambung ke ${check.network}` : ''}, lalu jalankan langkah ini lagi.`,
  }),
  'network-exists': (check) => ({
    en: `Run the step that creates the network ${check.network}${onNode(check.node).en}; the Networks panel lists the networks there are.`,
    id: `Jalankan langkah yang membuat network ${check.network}${onNode(check.node).id}; panel Network menampilkan network yang ada.`,
  }),
  attached: (check) => ({
    en: `${check.container} is not on ${check.network}${onNode(check.node).en}: make sure both exist (earlier steps), then run this step again. The Networks panel shows who is attached where.`,
    id: `${check.container} tidak ada di ${check.network}${onNode(check.node).id}: pastikan keduanya ada (langkah sebelumnya), lalu jalankan langkah ini lagi. Panel Network menunjukkan siapa tersambung ke mana.`,
  }),
  'not-attached': (check) => ({
    en: `${check.container} is still on ${check.network}: disconnect it (this step does that), or use the disconnect button in the Networks panel.`,
    id: `${check.container} masih di ${check.network}: putuskan (langkah ini melakukannya), atau pakai tombol putuskan di panel Network.`,
  }),
  'port-published': (check) => ({
    en: `Port ${check.port} is not published. Another program on this computer may be using it: free it, then run the step again.`,
    id: `Port ${check.port} tidak dipublikasikan. Program lain di komputer ini mungkin memakainya: bebaskan, lalu jalankan langkah ini lagi.`,
  }),
  inspect: (check) => ({
    en: `Look at ${check.name} (${check.path}) under "Under the hood" or in the Networks panel; if it was created differently earlier, reset the lesson and run the steps in order.`,
    id: `Lihat ${check.name} (${check.path}) di "Di balik layar" atau di panel Network; jika sebelumnya dibuat berbeda, reset pelajaran dan jalankan langkah secara berurutan.`,
  }),
  exec: (check) => ({
    en: `The command ran inside ${check.container}${onNode(check.node).en}: it must be running, and what it needs must be there (earlier steps). Try it yourself in the console to see what it says.`,
    id: `Perintah itu berjalan di dalam ${check.container}${onNode(check.node).id}: container itu harus berjalan, dan yang dibutuhkan harus ada (langkah sebelumnya). Coba sendiri di konsol untuk melihat jawabannya.`,
  }),
  http: (check) => ({
    en: `Nothing answered as expected on port ${check.port}. The app may still be starting: wait a few seconds and run the step again; its lines in the Logs panel say if it failed.`,
    id: `Tidak ada jawaban yang diharapkan di port ${check.port}. Aplikasinya mungkin masih memulai: tunggu beberapa detik lalu jalankan langkah ini lagi; barisnya di panel Log menyebut jika gagal.`,
  }),
  'counts-up': (check) => ({
    en: `The count in ${check.read.container} did not go up: the app must reach it by name. Check that both run and share a network, then run the step again.`,
    id: `Hitungan di ${check.read.container} tidak bertambah: aplikasinya harus menjangkaunya lewat nama. Periksa bahwa keduanya berjalan dan berbagi network, lalu jalankan langkah ini lagi.`,
  }),
  resolves: (check) =>
    check.expect === 'not-resolves'
      ? {
          en: `${check.name} should not be found from ${check.from.network}: a container resolves only names on its own networks. Disconnect what should not be there.`,
          id: `${check.name} seharusnya tidak ditemukan dari ${check.from.network}: container hanya menerjemahkan nama pada network-nya sendiri. Putuskan yang seharusnya tidak ada di sana.`,
        }
      : {
          en: `${check.name} is not found from ${check.from.network}: it must be running and attached to ${check.from.network}. Run the steps that do that first.`,
          id: `${check.name} tidak ditemukan dari ${check.from.network}: ia harus berjalan dan tersambung ke ${check.from.network}. Jalankan dulu langkah yang melakukannya.`,
        },
  'service-tasks': (check) => ({
    en: `${check.service} does not have ${check.running} running tasks yet: tasks take a few seconds to start. Wait, then run the step again.`,
    id: `${check.service} belum punya ${check.running} tugas yang berjalan: tugas butuh beberapa detik untuk mulai. Tunggu, lalu jalankan langkah ini lagi.`,
  }),
  'service-vip': (check) => ({
    en: `${check.service}'s virtual IP did not answer on port ${check.port}. Its tasks may still be starting: wait a few seconds and run the step again.`,
    id: `IP virtual ${check.service} tidak menjawab di port ${check.port}. Tugasnya mungkin masih memulai: tunggu beberapa detik lalu jalankan langkah ini lagi.`,
  }),
  'published-on-nodes': (check) => ({
    en: `Port ${check.port} must answer on ${check.on.join(', ')}. The routing mesh needs the nodes in the swarm: run the earlier steps, wait a few seconds, and try again.`,
    id: `Port ${check.port} harus menjawab di ${check.on.join(', ')}. Routing mesh membutuhkan node dalam swarm: jalankan langkah sebelumnya, tunggu beberapa detik, lalu coba lagi.`,
  }),
};

/** The next thing to try after `check` failed. */
export function hintFor(check: CheckSpec): Text {
  return (hints[check.kind] as (check: CheckSpec) => Text)(check);
}
