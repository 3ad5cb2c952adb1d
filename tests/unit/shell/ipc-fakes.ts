/** A webContents and IPC events as the IPC wire sees them, for the wire's tests. */
import { EventEmitter } from 'node:events';
import { isAppPage } from '../../../src/main/shell/app-page';

export const page = 'file:///opt/container-talk/out/renderer/index.html';
export const ownPage = (url: string) => isAppPage(url, page);

export class FakeContents extends EventEmitter {
  static next = 1;
  id = FakeContents.next++;
  destroyed = false;
  sent: unknown[] = [];
  mainFrame = { url: page, parent: null };
  isDestroyed = () => this.destroyed;
  send = (channel: string, message: unknown) => this.sent.push([channel, message]);
}

export type Frame = { url: string; parent: unknown } | null;
export const eventFrom = (sender: FakeContents, frame: Frame = sender.mainFrame) =>
  ({ sender, senderFrame: frame }) as never;
