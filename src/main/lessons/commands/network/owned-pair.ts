/** Both the network and the container must be the app's own before either is changed. */
import type { ActionContext } from '../../execute/context';
import { ensureOurs } from '../../safety/conflicts';

export async function ownedPair(ctx: ActionContext, network: string, container: string) {
  const [net, box] = await Promise.all([ctx.engine.findNetwork(network), ctx.engine.findContainer(container)]);
  ensureOurs('network', network, net?.labels);
  ensureOurs('container', container, box?.labels);
  return { attached: Boolean(box?.networks[network]) };
}
