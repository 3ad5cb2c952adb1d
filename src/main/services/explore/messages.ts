/** What the Explore terminal says about a line it does not run, in English and Indonesian. */
import type { Text } from '@shared/lesson';
import { message } from '@shared/messages';

export const exploreMessages = {
  unsupported: message({
    en: ({ what, supported }: { what: string; supported: string }) =>
      `${what} is not a command this terminal runs. It runs these docker commands, with the same safety rules as the lesson's steps: ${supported}.`,
    id: ({ what, supported }: { what: string; supported: string }) =>
      `${what} bukan perintah yang dijalankan terminal ini. Terminal ini menjalankan perintah docker berikut, dengan aturan keamanan yang sama seperti langkah-langkah pelajaran: ${supported}.`,
    example: { what: '"ls"', supported: 'docker run, docker ps' },
  }),
  badCommand: message({
    en: ({ reason }: { reason: Text }) => `The command was not accepted: ${reason.en}`,
    id: ({ reason }: { reason: Text }) => `Perintah tidak diterima: ${reason.id}`,
    example: {
      reason: {
        en: 'unknown flag: --bogus (usage: docker ps [-a])',
        id: 'flag tidak dikenal: --bogus (usage: docker ps [-a])',
      },
    },
  }),
  badCommandFix: message({
    en: ({ usage }: { usage: string }) => `Usage: ${usage}`,
    id: ({ usage }: { usage: string }) => `Cara pakai: ${usage}`,
    example: { usage: 'docker ps [-a]' },
  }),
  noSuchNode: message({
    en: ({ lesson, node, nodes }: { lesson: string; node: string; nodes: string }) =>
      `The lesson "${lesson}" has no node ${node}${nodes ? `; its nodes are ${nodes}` : ': its commands run on your own engine'}.`,
    id: ({ lesson, node, nodes }: { lesson: string; node: string; nodes: string }) =>
      `Pelajaran "${lesson}" tidak punya node ${node}${nodes ? `; node-nya adalah ${nodes}` : ': perintahnya berjalan di engine Anda sendiri'}.`,
    example: { lesson: 'swarm', node: 'node9', nodes: 'node1, node2, node3' },
  }),
  swarmOnNodesOnly: message({
    en: ({ command }: { command: string }) =>
      `${command} changes swarm mode, which this app uses only inside a lesson's playground nodes, never on your own engine.`,
    id: ({ command }: { command: string }) =>
      `${command} mengubah mode swarm, yang dipakai aplikasi ini hanya di dalam node playground sebuah pelajaran, tidak pernah di engine Anda sendiri.`,
    example: { command: 'docker swarm init' },
  }),
  swarmOnNodesOnlyFix: {
    en: "Choose one of the lesson's nodes (node1, …) for the terminal, then type it again.",
    id: 'Pilih salah satu node pelajaran (node1, …) untuk terminal, lalu ketik lagi.',
  },
};
