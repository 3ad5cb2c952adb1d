/** What to do about a failed probe: per reason, per product (flavor) and per OS, in English and Indonesian. */
import type { Text } from '@shared/lesson';
import type { Reason } from './classify';
import type { DiscoveryContext, EngineTarget, Flavor } from './types';

type Platform = NodeJS.Platform;

const DOCKER_DESKTOP_RUNNING: Text = {
  en: 'wait until it shows "Engine running"',
  id: 'tunggu sampai muncul "Engine running"',
};

export function startFix(flavor: Flavor, platform: Platform): Text {
  switch (flavor) {
    case 'docker':
      if (platform === 'linux') {
        return {
          en: 'Start the Docker daemon: `sudo systemctl start docker` (`sudo systemctl enable --now docker` starts it at every boot).',
          id: 'Jalankan daemon Docker: `sudo systemctl start docker` (`sudo systemctl enable --now docker` menjalankannya setiap kali komputer menyala).',
        };
      }
      return startFix('docker-desktop', platform);
    case 'rootless-docker':
      return {
        en: 'Start rootless Docker: `systemctl --user start docker` (set it up once with `dockerd-rootless-setuptool.sh install`).',
        id: 'Jalankan rootless Docker: `systemctl --user start docker` (siapkan sekali dengan `dockerd-rootless-setuptool.sh install`).',
      };
    case 'docker-desktop':
      if (platform === 'linux')
        return {
          en: 'Start Docker Desktop: `systemctl --user start docker-desktop`, or open it from your applications menu.',
          id: 'Jalankan Docker Desktop: `systemctl --user start docker-desktop`, atau buka dari menu aplikasi.',
        };
      if (platform === 'win32')
        return {
          en: `Start Docker Desktop from the Start menu and ${DOCKER_DESKTOP_RUNNING.en}.`,
          id: `Jalankan Docker Desktop dari menu Start dan ${DOCKER_DESKTOP_RUNNING.id}.`,
        };
      return {
        en: `Open Docker Desktop (in Applications) and ${DOCKER_DESKTOP_RUNNING.en}; with Colima run \`colima start\`, with OrbStack open OrbStack.`,
        id: `Buka Docker Desktop (di Applications) dan ${DOCKER_DESKTOP_RUNNING.id}; dengan Colima jalankan \`colima start\`, dengan OrbStack buka OrbStack.`,
      };
    case 'colima':
      return { en: 'Start Colima: `colima start`.', id: 'Jalankan Colima: `colima start`.' };
    case 'orbstack':
      return { en: 'Open OrbStack (or run `orb start`).', id: 'Buka OrbStack (atau jalankan `orb start`).' };
    case 'rancher-desktop':
      return {
        en: 'Open Rancher Desktop and choose the dockerd (moby) engine in Preferences → Container Engine.',
        id: 'Buka Rancher Desktop dan pilih engine dockerd (moby) di Preferences → Container Engine.',
      };
    case 'podman':
      return {
        en: 'Start the rootful Podman socket: `sudo systemctl enable --now podman.socket`.',
        id: 'Jalankan socket Podman rootful: `sudo systemctl enable --now podman.socket`.',
      };
    case 'rootless-podman':
      return {
        en: 'Start the Podman socket: `systemctl --user enable --now podman.socket`.',
        id: 'Jalankan socket Podman: `systemctl --user enable --now podman.socket`.',
      };
    case 'podman-machine':
      return {
        en: 'Start the Podman machine: `podman machine start` (create it once with `podman machine init`).',
        id: 'Jalankan mesin Podman: `podman machine start` (buat sekali dengan `podman machine init`).',
      };
    case 'remote':
      return { en: 'Start the engine on the remote host.', id: 'Jalankan engine di host jarak jauh.' };
    case 'custom':
      return {
        en: 'Start the engine that should listen there.',
        id: 'Jalankan engine yang seharusnya mendengarkan di sana.',
      };
  }
}

export function deniedFix(flavor: Flavor, platform: Platform, path: string): Text {
  if (platform === 'win32') {
    return {
      en: 'Run Docker Desktop, and make sure your Windows account is in the "docker-users" group (as administrator: `net localgroup docker-users %USERNAME% /add`), then sign out and back in.',
      id: 'Jalankan Docker Desktop, dan pastikan akun Windows Anda ada di grup "docker-users" (sebagai administrator: `net localgroup docker-users %USERNAME% /add`), lalu keluar (sign out) dan masuk kembali.',
    };
  }
  if (platform === 'darwin') {
    return {
      en: `Check who owns ${path} (\`ls -l ${path}\`); restarting Docker Desktop, Colima or OrbStack recreates it for your user.`,
      id: `Periksa siapa pemilik ${path} (\`ls -l ${path}\`); memulai ulang Docker Desktop, Colima atau OrbStack membuatnya kembali untuk pengguna Anda.`,
    };
  }
  if (flavor === 'podman') {
    return {
      en: 'The rootful Podman socket is for root only: use rootless Podman instead (`systemctl --user enable --now podman.socket`).',
      id: 'Socket Podman rootful hanya untuk root: gunakan rootless Podman (`systemctl --user enable --now podman.socket`).',
    };
  }
  if (flavor === 'rootless-docker' || flavor === 'rootless-podman' || flavor === 'docker-desktop') {
    return {
      en: `${path} belongs to another user: run this app as the user who started the engine.`,
      id: `${path} milik pengguna lain: jalankan aplikasi ini sebagai pengguna yang menjalankan engine.`,
    };
  }
  return {
    en: 'Add yourself to the docker group: `sudo usermod -aG docker $USER`, then log out and back in (or run `newgrp docker`). That group is root-equivalent; rootless Docker avoids it (`dockerd-rootless-setuptool.sh install`).',
    id: 'Tambahkan diri Anda ke grup docker: `sudo usermod -aG docker $USER`, lalu logout dan login kembali (atau jalankan `newgrp docker`). Grup itu setara dengan root; rootless Docker menghindarinya (`dockerd-rootless-setuptool.sh install`).',
  };
}

/** Hint appended when every candidate is simply missing: nothing is installed, or nothing has ever started. */
export function installFix(platform: Platform): Text {
  if (platform === 'win32')
    return {
      en: 'No engine seems installed: install Docker Desktop (or Podman Desktop) and start it.',
      id: 'Sepertinya belum ada engine yang terpasang: pasang Docker Desktop (atau Podman Desktop) lalu jalankan.',
    };
  if (platform === 'darwin')
    return {
      en: 'No engine seems installed: install Docker Desktop, Colima, OrbStack or Podman Desktop and start it.',
      id: 'Sepertinya belum ada engine yang terpasang: pasang Docker Desktop, Colima, OrbStack atau Podman Desktop lalu jalankan.',
    };
  return {
    en: 'No engine seems installed: install Docker Engine (https://docs.docker.com/engine/install/) or Podman, then start it.',
    id: 'Sepertinya belum ada engine yang terpasang: pasang Docker Engine (https://docs.docker.com/engine/install/) atau Podman, lalu jalankan.',
  };
}

export function fixFor(reason: Reason, target: EngineTarget, ctx: DiscoveryContext): Text {
  const t = target.transport;
  const start = startFix(target.flavor, ctx.platform);
  const host = t.kind === 'tcp' || t.kind === 'ssh' ? t.host : 'localhost';
  const port = t.kind === 'tcp' || t.kind === 'ssh' ? t.port : 0;
  const user = t.kind === 'ssh' ? t.auth.username : '';
  const ssh = `ssh ${port && port !== 22 ? `-p ${port} ` : ''}${user}@${host}`;
  const setting = target.endpoint.source === 'socket' ? '' : target.endpoint.label;
  switch (reason) {
    case 'missing':
      return setting
        ? {
            en: `${setting} points at ${target.endpoint.url}, which does not exist: correct it or stop using it. ${start.en}`,
            id: `${setting} menunjuk ke ${target.endpoint.url}, yang tidak ada: perbaiki atau berhenti memakainya. ${start.id}`,
          }
        : start;
    case 'refused':
      if (t.kind === 'tcp')
        return {
          en: `Start the Docker daemon on ${host} listening on tcp port ${port} (2375 plain, 2376 with TLS), or correct the port.`,
          id: `Jalankan daemon Docker di ${host} yang mendengarkan di port tcp ${port} (2375 tanpa TLS, 2376 dengan TLS), atau perbaiki port-nya.`,
        };
      return start;
    case 'timeout':
      return {
        en: `It may still be starting: wait a moment and retry. If it stays stuck, restart it. ${start.en}`,
        id: `Mungkin engine masih dalam proses mulai: tunggu sebentar lalu coba lagi. Jika tetap macet, mulai ulang. ${start.id}`,
      };
    case 'denied':
      return deniedFix(
        target.flavor,
        ctx.platform,
        t.kind === 'unix' || t.kind === 'npipe' ? t.path : target.endpoint.url,
      );
    case 'dns':
      return {
        en: `Check the host name ${host} in ${setting || 'the address'} and your network or VPN.`,
        id: `Periksa nama host ${host} di ${setting || 'alamat tersebut'} serta jaringan atau VPN Anda.`,
      };
    case 'connect-timeout':
    case 'network':
      return {
        en: `Check that ${host} is up and reachable from here (network, VPN, firewall) and that port ${port} is open.`,
        id: `Pastikan ${host} menyala dan dapat dijangkau dari sini (jaringan, VPN, firewall) dan port ${port} terbuka.`,
      };
    case 'tls': {
      const place = certPlace(target);
      return {
        en: `Check the certificates: ca.pem must be the CA that signed the engine's certificate for ${host}, and cert.pem/key.pem a client pair it trusts (${place.en}).`,
        id: `Periksa sertifikatnya: ca.pem harus CA yang menandatangani sertifikat engine untuk ${host}, dan cert.pem/key.pem pasangan klien yang dipercayainya (${place.id}).`,
      };
    }
    case 'tls-needed':
      return {
        en: 'The engine requires TLS: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem.',
        id: 'Engine mewajibkan TLS: atur DOCKER_TLS_VERIFY=1 dan DOCKER_CERT_PATH ke folder berisi ca.pem, cert.pem dan key.pem.',
      };
    case 'tls-unexpected':
      return {
        en: "The engine does not use TLS there: unset DOCKER_TLS_VERIFY and DOCKER_TLS, or use the engine's TLS port (usually 2376).",
        id: 'Engine tidak memakai TLS di sana: hapus DOCKER_TLS_VERIFY dan DOCKER_TLS, atau gunakan port TLS engine (biasanya 2376).',
      };
    case 'ssh-auth':
      return {
        en: `Check that \`${ssh}\` works without a password prompt: load your key with \`ssh-add\` and make sure SSH_AUTH_SOCK is set where this app starts (unencrypted ~/.ssh/id_ed25519, id_ecdsa or id_rsa are tried too).`,
        id: `Pastikan \`${ssh}\` berjalan tanpa meminta kata sandi: muat kunci Anda dengan \`ssh-add\` dan pastikan SSH_AUTH_SOCK sudah diatur di tempat aplikasi ini dijalankan (~/.ssh/id_ed25519, id_ecdsa atau id_rsa yang tidak terenkripsi juga dicoba).`,
      };
    case 'ssh-remote':
      return {
        en: `Run \`${ssh} docker version\`: Docker must be installed and running there, and ${user} allowed to use it (in the docker group).`,
        id: `Jalankan \`${ssh} docker version\`: Docker harus terpasang dan berjalan di sana, dan ${user} diizinkan memakainya (ada di grup docker).`,
      };
    case 'not-engine':
      return {
        en: `Check that ${target.endpoint.url} is really a Docker or Podman engine; a proxy in between must forward the Engine API.`,
        id: `Pastikan ${target.endpoint.url} memang engine Docker atau Podman; proxy di antaranya harus meneruskan Engine API.`,
      };
    case 'other':
      return start;
  }
}

function certPlace(target: EngineTarget): Text {
  if (target.endpoint.source === 'context') {
    const command = `docker context inspect ${target.endpoint.label.replace(/^context /, '')}`;
    return { en: `see \`${command}\``, id: `lihat \`${command}\`` };
  }
  return { en: 'DOCKER_CERT_PATH, default ~/.docker', id: 'DOCKER_CERT_PATH, bawaannya ~/.docker' };
}
