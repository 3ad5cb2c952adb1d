export interface ContainerTalkBridge {
  platform: string;
}

declare global {
  interface Window {
    containerTalk?: ContainerTalkBridge;
  }
}
