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
  podmanResolver: {
    en: "Podman's DNS server (aardvark-dns) listens on the network's gateway address instead of Docker's 127.0.0.11.",
    id: 'Server DNS Podman (aardvark-dns) berada di alamat gateway network, bukan di 127.0.0.11 seperti Docker.',
  },
} satisfies Record<string, Text>;
