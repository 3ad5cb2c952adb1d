// Lesson 3 across machines, clicked through. In the panels after its first two steps, the networks diagram
// shows node1..3 as groups (node3 once panned to) with redis inside node1 and web inside node2, app-net
// drawn once across the nodes that have it; the list names the node of each container on app-net, and the
// logs show node1/redis. Screenshots of the cluster diagram land in test-results/screenshots/.
import { existsSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectAllChecksPassed, resetLessons, runStep, screenshotDir, shot } from '../support';

test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return { left: found.x, top: found.y, right: found.x + found.width, bottom: found.y + found.height };
}

async function expectInside(inner: Locator, outer: Locator) {
  const [a, b] = [await box(inner), await box(outer)];
  expect(a.left).toBeGreaterThanOrEqual(b.left);
  expect(a.right).toBeLessThanOrEqual(b.right);
  expect(a.top).toBeGreaterThanOrEqual(b.top);
  expect(a.bottom).toBeLessThanOrEqual(b.bottom);
}

test('the networks and logs panels see inside the playground nodes', async ({ page }) => {
  test.setTimeout(600_000);
  await expectAllChecksPassed(await runStep(page, 'swarm', 'form-swarm'));
  await expectAllChecksPassed(await runStep(page, 'swarm', 'overlay'));

  await page.getByTestId('tab-networks').click();
  const diagram = page.getByTestId('topology-diagram');
  for (const node of ['node1', 'node2']) await expect(diagram.getByTestId(`node-${node}`)).toBeVisible();
  await expect(diagram.getByTestId('node-redis')).toBeVisible({ timeout: 30_000 });
  await expect(diagram.getByTestId('node-web')).toBeVisible();
  await expectInside(diagram.getByTestId('node-redis'), diagram.getByTestId('node-node1'));
  await expectInside(diagram.getByTestId('node-web'), diagram.getByTestId('node-node2'));

  const appNet = diagram.getByTestId('span-app-net');
  await expect(appNet).toHaveCount(1);
  await expect(appNet).toContainText('overlay');
  const [net, node1, node2] = [
    await box(appNet),
    await box(diagram.getByTestId('node-node1')),
    await box(diagram.getByTestId('node-node2')),
  ];
  expect(net.left).toBeLessThanOrEqual(node1.left + 1);
  expect(net.right).toBeGreaterThanOrEqual(node2.right - 1);
  await page.waitForTimeout(800); // the diagram's fit animation
  await diagram.screenshot({ path: `${screenshotDir}/10-cluster-diagram.png` });
  await shot(page, '10-cluster-networks-panel');
  // node3 is past the panel's right edge (the diagram draws only what is in view): panned to, it is there.
  await diagram.hover();
  await page.mouse.wheel(600, 0);
  await expect(diagram.getByTestId('node-node3')).toContainText('no containers');
  // The lesson's long title in the cards' badges never makes the panel wider than it is.
  const panel = page.getByTestId('networks-panel');
  expect(await panel.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

  const card = page.getByTestId('node-network-app-net');
  await expect(card.getByTestId('endpoint-app-net-node1/redis')).toContainText('node1');
  await expect(card.getByTestId('endpoint-app-net-node2/web')).toContainText('node2');
  await card.scrollIntoViewIfNeeded();
  await shot(page, '10-cluster-list');

  await page.getByTestId('tab-logs').click();
  const logs = page.getByTestId('logs-panel');
  await logs.getByRole('textbox', { name: 'Search the logs' }).fill('node1/redis');
  await logs.getByRole('checkbox', { name: 'Only matching lines' }).check();
  await expect(logs).toContainText('node1/redis', { timeout: 30_000 });
  await expect(logs).toContainText('Ready to accept connections');
  await shot(page, '10-cluster-logs');

  // The rest of the lesson, clicked through: a service on every node, then its VIP and ports.
  await expectAllChecksPassed(await runStep(page, 'swarm', 'service'));
  await page.getByTestId('tab-networks').click();
  await page.waitForTimeout(800);
  await diagram.screenshot({ path: `${screenshotDir}/11-cluster-service.png` });
  const vip = await runStep(page, 'swarm', 'vip-and-mesh');
  await expectAllChecksPassed(vip);
  // This machine's kernel has no IPVS: the VIP and mesh checks say so (see tests/engine/swarm-lesson.test.ts).
  if (!existsSync('/proc/net/ip_vs')) await expect(vip).toContainText('no IPVS');
  await vip.getByTestId('check-hello-vip').scrollIntoViewIfNeeded();
  await shot(page, '11-cluster-vip-and-mesh');
  await expect((await runStep(page, 'swarm', 'clean-up')).getByTestId('error')).toHaveCount(0);
});
