import { Providers } from './app/Providers';
import { Shell } from './app/Shell';

export function App() {
  return (
    <Providers>
      <Shell />
    </Providers>
  );
}
