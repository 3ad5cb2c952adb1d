/** What learners should know when their engine differs from the one the lesson was written on. */
import type { Text } from '@shared/lesson';

export const engineNotes = {
  linkEnvRemoved: {
    en: 'Docker Engine 29 and newer no longer set the link environment variables (unless the daemon runs with DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1). The /etc/hosts entry still works, which is what the next commands use.',
    id: 'Docker Engine 29 ke atas tidak lagi mengatur environment variable dari link (kecuali daemon dijalankan dengan DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1). Entri /etc/hosts tetap ada, dan itulah yang dipakai perintah berikutnya.',
  },
  linksDeprecated: {
    en: 'Your engine warns that links on the default bridge are deprecated: user-defined networks (the next lesson) are the way forward.',
    id: 'Engine Anda memperingatkan bahwa link pada bridge default sudah usang: network buatan pengguna (pelajaran berikutnya) adalah penggantinya.',
  },
  podmanNoLinks: {
    en: 'Podman does not support legacy links (--link): it refuses them with "link is not supported". Take the networks lesson instead: it shows the modern way containers find each other.',
    id: 'Podman tidak mendukung link lama (--link): Podman menolaknya dengan "link is not supported". Ikuti pelajaran network sebagai gantinya: pelajaran itu menunjukkan cara modern container saling menemukan.',
  },
  podmanNoSwarm: {
    en: 'Podman has no swarm mode (docker swarm, overlay networks across machines, services), so this lesson cannot run on it, and the app stopped it before creating anything. On Podman, take the networks lesson (the links lesson runs up to its first --link); for this lesson, use Docker Engine.',
    id: 'Podman tidak memiliki swarm mode (docker swarm, overlay network antarmesin, service), sehingga pelajaran ini tidak dapat dijalankan di Podman, dan aplikasi menghentikannya sebelum membuat apa pun. Di Podman, ikuti pelajaran network (pelajaran link berjalan sampai --link pertamanya); untuk pelajaran ini, gunakan Docker Engine.',
  },
  podmanResolver: {
    en: "Podman's DNS server (aardvark-dns) listens on the network's gateway address instead of Docker's 127.0.0.11.",
    id: 'Server DNS Podman (aardvark-dns) berada di alamat gateway network, bukan di 127.0.0.11 seperti Docker.',
  },
  podmanHostsFile: {
    en: "Podman starts a container's /etc/hosts from your host's own /etc/hosts and adds host.containers.internal (your host, at the network's gateway), so you see more lines than on Docker. None of them is another container: container names still come from DNS.",
    id: 'Podman membuat /etc/hosts container dari /etc/hosts milik host Anda dan menambahkan host.containers.internal (host Anda, di alamat gateway network), sehingga barisnya lebih banyak daripada di Docker. Tidak satu pun baris itu adalah container lain: nama container tetap didapat dari DNS.',
  },
  podmanNetworkList: {
    en: "Podman lists its default network as `podman`: it is Docker's `bridge` (through the Docker API it answers to that name too). Podman lists no `host` or `none` network, although `--net=host` and `--net=none` work.",
    id: 'Podman menampilkan network bawaannya sebagai `podman`: itulah `bridge` milik Docker (melalui Docker API network ini juga dikenal dengan nama tersebut). Podman tidak menampilkan network `host` atau `none`, walaupun `--net=host` dan `--net=none` tetap dapat dipakai.',
  },
  podmanPingNetRaw: {
    en: 'Podman leaves the NET_RAW capability out of containers by default (Docker grants it), and without it ping fails with "ping: permission denied (are you root?)". So on Podman this command ran with --cap-add NET_RAW, which gives the container that one capability; the names resolve exactly as on Docker.',
    id: 'Secara bawaan Podman tidak memberi capability NET_RAW kepada container (Docker memberikannya), dan tanpa capability itu ping gagal dengan pesan "ping: permission denied (are you root?)". Karena itu di Podman perintah ini dijalankan dengan --cap-add NET_RAW, yang memberi container satu capability tersebut; nama-nama tetap di-resolve persis seperti di Docker.',
  },
} satisfies Record<string, Text>;
