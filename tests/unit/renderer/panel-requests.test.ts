// A request for a panel whose code has not loaded yet waits for that panel, and reaches it once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPanelRequest, type PanelRequest, requestPanel } from '../../../src/renderer/src/app/panel-requests';

const stops: Array<() => void> = [];
function stopListening(): void {
  for (const stop of stops.splice(0)) stop();
}
afterEach(stopListening);
function listen(panel?: PanelRequest['panel']) {
  const heard = vi.fn();
  stops.push(onPanelRequest(heard, panel));
  return heard;
}

describe('panel requests', () => {
  it('reach the panel area at once, and a panel that loads later when it starts listening', () => {
    const area = listen();
    const asked: PanelRequest = { panel: 'explore', line: 'docker ps', run: true };
    requestPanel(asked);
    expect(area).toHaveBeenCalledWith(asked);
    const explore = listen('explore');
    expect(explore).toHaveBeenCalledExactlyOnceWith(asked);
    expect(listen('explore')).not.toHaveBeenCalled(); // delivered once, not to every later listener
  });

  it('go straight to a panel that listens, and not to another panel', () => {
    const explore = listen('explore');
    requestPanel({ panel: 'explore', line: 'docker network ls' });
    expect(explore).toHaveBeenCalledOnce();
    requestPanel({ panel: 'networks' });
    expect(explore).toHaveBeenCalledOnce();
    stopListening();
    expect(listen('explore')).not.toHaveBeenCalled(); // already taken: nothing waits
  });

  it('keep only the latest request a panel has not heard yet', () => {
    requestPanel({ panel: 'explore', line: 'first' });
    requestPanel({ panel: 'explore', line: 'second' });
    expect(listen('explore')).toHaveBeenCalledExactlyOnceWith({ panel: 'explore', line: 'second' });
  });
});
