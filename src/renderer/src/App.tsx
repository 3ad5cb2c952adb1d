import { firstScreenElementId } from '@shared/contract/boot';
import { useLayoutEffect } from 'react';
import { Providers } from './app/Providers';
import { Shell } from './app/Shell';

export function App() {
  // Browser mode's prerendered text (src/main/web/first-screen.ts) gives way as the app first paints.
  useLayoutEffect(() => document.getElementById(firstScreenElementId)?.remove(), []);
  return (
    <Providers>
      <Shell />
    </Providers>
  );
}
