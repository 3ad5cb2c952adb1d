/** What the engine layer tells a person, in English and Indonesian: what it was doing, and how that failed. */
import type { Text } from '@shared/lesson';
import { message, verbatim } from '@shared/messages';

const name = { name: 'web' };

/** What an engine call was doing, for "creating the container: <the engine's words>". */
export const doing = {
  attachingTerminal: { en: 'attaching a terminal to the container', id: 'memasang terminal ke container' },
  resizingTerminal: { en: 'resizing the terminal', id: 'mengubah ukuran terminal' },
  creatingNetwork: message({
    example: name,
    en: (p) => `creating network ${p.name}`,
    id: (p) => `membuat network ${p.name}`,
  }),
  inspectingNetwork: message({
    example: name,
    en: (p) => `inspecting network ${p.name}`,
    id: (p) => `memeriksa network ${p.name}`,
  }),
  listingNetworks: { en: 'listing networks', id: 'membaca daftar network' },
  connecting: message({
    example: { container: 'web', network: 'backend-network' },
    en: (p) => `connecting ${p.container} to ${p.network}`,
    id: (p) => `menghubungkan ${p.container} ke ${p.network}`,
  }),
  disconnecting: message({
    example: { container: 'web', network: 'backend-network' },
    en: (p) => `disconnecting ${p.container} from ${p.network}`,
    id: (p) => `memutus ${p.container} dari ${p.network}`,
  }),
  removingNetwork: { en: 'removing the network', id: 'menghapus network' },
  initializingSwarm: { en: 'initializing the swarm', id: 'menginisialisasi swarm' },
  joiningSwarm: message({
    example: { at: 'node1:2377' },
    en: (p) => `joining the swarm at ${p.at}`,
    id: (p) => `bergabung ke swarm di ${p.at}`,
  }),
  leavingSwarm: { en: 'leaving the swarm', id: 'keluar dari swarm' },
  inspectingSwarm: { en: 'inspecting the swarm', id: 'memeriksa swarm' },
  readingSwarmState: { en: 'reading the swarm state', id: 'membaca status swarm' },
  listingNodes: { en: 'listing the swarm nodes', id: 'membaca daftar node swarm' },
  creatingService: message({
    example: name,
    en: (p) => `creating service ${p.name}`,
    id: (p) => `membuat service ${p.name}`,
  }),
  listingServices: { en: 'listing services', id: 'membaca daftar service' },
  inspectingService: message({
    example: name,
    en: (p) => `inspecting service ${p.name}`,
    id: (p) => `memeriksa service ${p.name}`,
  }),
  removingService: { en: 'removing the service', id: 'menghapus service' },
  listingTasks: { en: 'listing tasks', id: 'membaca daftar task' },
  inspectingContainer: message({
    example: name,
    en: (p) => `inspecting container ${p.name}`,
    id: (p) => `memeriksa container ${p.name}`,
  }),
  followingLogs: { en: 'following the container logs', id: 'mengikuti log container' },
  followingEvents: { en: 'following the engine events', id: 'mengikuti event engine' },
  waitingForContainer: { en: 'waiting for the container', id: 'menunggu container' },
  attaching: { en: 'attaching to the container', id: 'menyambung ke container' },
  lookingUpImage: message({
    example: { image: 'redis:latest' },
    en: (p) => `looking up image ${p.image}`,
    id: (p) => `mencari image ${p.image}`,
  }),
  pullingImage: message({
    example: { image: 'redis:latest' },
    en: (p) => `pulling image ${p.image}`,
    id: (p) => `menarik (pull) image ${p.image}`,
  }),
  buildingImage: message({
    example: { image: 'container-talk/redis-node-example' },
    en: (p) => `building image ${p.image}`,
    id: (p) => `mem-build image ${p.image}`,
  }),
  savingImages: message({
    example: { images: 'alpine:latest, redis:latest' },
    en: (p) => `saving ${p.images}`,
    id: (p) => `menyimpan ${p.images}`,
  }),
  loadingImages: { en: 'loading images', id: 'memuat image' },
  connectingTo: message({
    example: { label: 'node1' },
    en: (p) => `connecting to ${p.label}`,
    id: (p) => `menghubungi ${p.label}`,
  }),
  creatingContainer: { en: 'creating the container', id: 'membuat container' },
  startingContainer: { en: 'starting the container', id: 'menjalankan container' },
  stoppingContainer: { en: 'stopping the container', id: 'menghentikan container' },
  listingContainers: { en: 'listing containers', id: 'membaca daftar container' },
  removingContainer: { en: 'removing the container', id: 'menghapus container' },
  runningIn: message({
    example: { command: 'redis-cli GET requests' },
    en: (p) => `running ${p.command} in the container`,
    id: (p) => `menjalankan ${p.command} di dalam container`,
  }),
  readingLogs: { en: 'reading the container logs', id: 'membaca log container' },
};

export const engineErrors = {
  /** The engine's own words (English whatever the language), after what the app was doing. */
  failed: message({
    example: {
      doing: doing.creatingContainer as Text,
      said: verbatim('Conflict. The container name "/web" is already in use'),
    },
    en: (p) => `${p.doing.en}: ${p.said.en}`,
    id: (p) => `Gagal ${p.doing.id}: ${p.said.id}`,
  }),
  said: message({
    example: { said: 'Conflict. The container name "/web" is already in use' },
    en: (p) => p.said,
    id: (p) => `Engine menjawab: ${p.said}`,
  }),
  stoppedAnswering: message({
    example: { why: 'connect ECONNREFUSED /var/run/docker.sock' },
    en: (p) => `the engine stopped answering (${p.why})`,
    id: (p) => `engine berhenti menjawab (${p.why})`,
  }),
  noSuchImage: message({
    example: { image: 'redis:latest' },
    en: (p) => `creating the container: no such image: ${p.image}`,
    id: (p) => `Gagal membuat container: image ${p.image} tidak ada`,
  }),
  noSuchContainer: message({
    example: name,
    en: (p) => `inspecting container ${p.name}: no such container: ${p.name}`,
    id: (p) => `Gagal memeriksa container ${p.name}: container ${p.name} tidak ada`,
  }),
  pullFailed: message({
    example: { image: 'redis:latest', said: 'pull access denied for redis' },
    en: (p) => `pulling image ${p.image} failed: ${p.said}`,
    id: (p) => `Gagal menarik (pull) image ${p.image}: ${p.said}`,
  }),
  pullFix: {
    en: 'Check that the engine can reach the registry (network, proxy, docker login), or load the image with docker load.',
    id: 'Pastikan engine dapat menjangkau registry (jaringan internet, proxy, docker login), atau muat image dengan docker load.',
  },
  buildFailed: message({
    example: { image: 'container-talk/redis-node-example', dir: 'resources/example-app', said: 'npm ci failed' },
    en: (p) => `building image ${p.image} from ${p.dir} failed: ${p.said}`,
    id: (p) => `Gagal mem-build image ${p.image} dari ${p.dir}: ${p.said}`,
  }),
  buildFix: {
    en: 'Read the build output above: its last lines show the Dockerfile instruction that failed and why.',
    id: 'Baca output build di atas: baris-baris terakhirnya menunjukkan instruksi Dockerfile yang gagal dan alasannya.',
  },
  loadFailed: message({
    example: { said: 'unexpected EOF' },
    en: (p) => `loading images failed: ${p.said}`,
    id: (p) => `Gagal memuat image: ${p.said}`,
  }),
};
