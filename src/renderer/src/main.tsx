import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerStrings } from './app/i18n';
import { adoptBootColorScheme } from './app/settings';
import { appStrings } from './app/strings';

registerStrings('app', appStrings);
adoptBootColorScheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
