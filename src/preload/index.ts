// The one object the renderer will see. The typed lesson contract arrives with the desktop UI issue;
// until then the renderer only learns which platform it runs on.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('containerTalk', { platform: process.platform });
