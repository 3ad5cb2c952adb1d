// What lessons across machines bring to the screen, before such a lesson exists: the page's wire to browser
// mode is routed through the test, which adds two made-up lessons to `lessons.list` (ahead of the real ones,
// so the app must sort them by `order`): one whose commands run on playground nodes, that needs Docker Swarm
// and privileged containers and offers two consoles, and one with no console at all.

import type { Page } from '@playwright/test';
import type { LessonView } from '@shared/contract';
import { expect, test } from '../fixtures';
import { shot } from '../support';

const text = (en: string, id = en) => ({ en, id });

function madeUp(id: string, order: number, consoles: LessonView['consoles']): LessonView {
  return {
    id,
    order,
    title: text(`Made-up lesson ${id}`, `Pelajaran rekaan ${id}`),
    summary: text(`The summary of ${id}.`),
    intro: text(`The intro of **${id}**.`),
    ending: text(`The ending of ${id}.`),
    requires: { legacyLinks: false, privileged: true, swarm: true, hostPorts: [] },
    consoles,
    steps: [
      {
        id: 'init',
        title: text('Form a swarm'),
        explanation: text('node1 becomes the manager.'),
        actions: [
          {
            command: 'docker swarm init --advertise-addr eth0',
            node: 'node1',
            kind: 'swarm-init',
            interactive: false,
            checks: [],
          },
          { command: 'docker network ls', kind: 'network-ls', interactive: false, checks: [] },
        ],
      },
    ],
  };
}

const shells: LessonView['consoles'] = [
  { id: 'node1', label: text('Shell on node1', 'Shell di node1'), command: 'docker exec -it node1 sh' },
  { id: 'node2', label: text('Shell on node2', 'Shell di node2'), command: 'docker exec -it node2 sh' },
];

/** Routes the page's wire: made-up lessons join `lessons.list`; `console.open` requests are recorded. */
async function withMadeUpLessons(page: Page, opened: unknown[]): Promise<void> {
  await page.routeWebSocket(/\/api\?token=/, (ws) => {
    const server = ws.connectToServer();
    const listRequests = new Set<number>();
    ws.onMessage((message) => {
      const request = JSON.parse(String(message));
      if (request.op === 'lessons.list') listRequests.add(request.id);
      if (request.op === 'console.open') opened.push(request.input);
      server.send(message);
    });
    server.onMessage((message) => {
      const answer = JSON.parse(String(message));
      if (answer.t !== 'res' || !listRequests.delete(answer.id) || !Array.isArray(answer.result))
        return ws.send(message);
      const last = Math.max(...answer.result.map((l: LessonView) => l.order));
      const added = [madeUp('quiet-e2e', last + 2, []), madeUp('across-e2e', last + 1, shells)];
      ws.send(JSON.stringify({ ...answer, result: [...added, ...answer.result] }));
    });
  });
  await page.reload();
}

test('lessons across machines: node prompts, swarm badges, the course order, and their consoles', async ({ page }) => {
  const opened: Array<{ lesson: string; console?: string }> = [];
  await withMadeUpLessons(page, opened);

  // In course order: the made-up lessons come after the real ones, and the quiet one last.
  await expect(page.getByTestId('nav-lesson-quiet-e2e')).toBeVisible();
  const order = await page
    .locator('[data-testid^="nav-lesson-"]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-testid')));
  expect(order.slice(-2)).toEqual(['nav-lesson-across-e2e', 'nav-lesson-quiet-e2e']);
  expect(order.indexOf('nav-lesson-links')).toBe(0);

  const nav = page.getByTestId('nav-lesson-across-e2e');
  await expect(nav.getByTestId('requirement-swarm')).toContainText('Docker Swarm (inside the lesson’s own nodes)');
  await expect(nav.getByTestId('requirement-privileged')).toContainText('privileged containers');
  await nav.getByTestId('requirement-swarm').hover();
  await expect(page.getByRole('tooltip')).toContainText('Podman cannot run this lesson: it has no swarm mode.');

  await page.getByTestId('nav-step-across-e2e-init').click();
  const step = page.getByTestId('step-across-e2e-init');
  await expect(step.getByTestId('lesson-intro')).toContainText('The intro of across-e2e.');
  await expect(step.getByTestId('lesson-ending')).toContainText('The ending of across-e2e.');
  await expect(step.getByTestId('next-lesson')).toHaveText('Next lesson: Made-up lesson quiet-e2e');

  // `node1 $ docker swarm init …`: the node as a prompt; the copy button copies the command alone.
  const onNode = step.getByTestId('action-0').getByTestId('command');
  await expect(onNode).toHaveText('node1 $ docker swarm init --advertise-addr eth0');
  await expect(onNode.getByTestId('command-node')).toHaveText('node1');
  await expect(step.getByTestId('action-1').getByTestId('command-node')).toHaveCount(0);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await step.getByTestId('action-0').getByRole('button', { name: 'Copy the command' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker swarm init --advertise-addr eth0');

  // Two consoles: a picker with the lesson's labels; each choice opens that console.
  await page.getByTestId('tab-console').click();
  const picker = page.getByTestId('console-picker');
  await expect(picker).toContainText('Shell on node1');
  await expect(picker).toContainText('Shell on node2');
  await expect(page.getByTestId('console-terminal')).toHaveAttribute('aria-label', 'Shell on node1 terminal');
  await expect.poll(() => opened.at(-1)).toMatchObject({ lesson: 'across-e2e', console: 'node1' });
  await picker.getByText('Shell on node2').click();
  await expect(page.getByTestId('console-terminal')).toHaveAttribute('aria-label', 'Shell on node2 terminal');
  await expect.poll(() => opened.at(-1)).toMatchObject({ lesson: 'across-e2e', console: 'node2' });
  await shot(page, '15-across-machines');

  // In Indonesian, the labels are the lesson's Indonesian ones.
  await page.getByTestId('language-switch').getByText('ID', { exact: true }).click();
  await expect(picker).toContainText('Shell di node2');
  await expect(page.getByTestId('console-terminal')).toHaveAttribute('aria-label', 'Terminal Shell di node2');
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();

  // The next lesson has no console: the panel says so instead of starting one.
  const before = opened.length;
  await step.getByTestId('next-lesson').click();
  await expect(page.getByTestId('step-quiet-e2e-init')).toBeVisible();
  await expect(page.getByTestId('console-none')).toContainText('No console in this lesson');
  await expect(page.getByTestId('console-terminal')).toHaveCount(0);
  await expect(page.getByTestId('course-finished')).toBeVisible();
  await shot(page, '16-no-console');
  expect(opened.length).toBe(before);
});
