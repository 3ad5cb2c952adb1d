/** One subscription to the engine stream, shared by the header, the lessons and the engine-down screen. */
import type { EngineStatus } from '@shared/contract';
import { createContext, type ReactNode, useContext } from 'react';
import { useLatest } from '../../api/hooks';

const connecting: EngineStatus = { state: 'connecting' };
const EngineContext = createContext<EngineStatus>(connecting);

export function EngineProvider({ children }: { children: ReactNode }) {
  const status = useLatest('engine', {}).latest ?? connecting;
  return <EngineContext.Provider value={status}>{children}</EngineContext.Provider>;
}

export function useEngine(): EngineStatus {
  return useContext(EngineContext);
}
