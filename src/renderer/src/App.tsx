// Placeholder until the desktop UI issue: the lessons already run headless from the terminal.
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Container Talk</h1>
      <p>
        How Docker containers talk to each other. The lessons run headless today: <code>npm run lab -- list</code>
      </p>
    </main>
  );
}
