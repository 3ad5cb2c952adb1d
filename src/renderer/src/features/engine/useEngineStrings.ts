import type { EngineStatus } from '@shared/contract';
import { useStrings } from '../../app/useStrings';
import { engineStrings } from './strings';

export const useEngineStrings = () => useStrings('engine', engineStrings.en);

type Product = Extract<EngineStatus, { state: 'connected' }>['identity']['product'];
export const productKey = {
  'docker-engine': 'dockerEngine',
  'docker-desktop': 'dockerDesktop',
  podman: 'podman',
} as const satisfies Record<Product, keyof typeof engineStrings.en>;

const platforms: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
export const platformName = (platform: string) => platforms[platform] ?? platform;
