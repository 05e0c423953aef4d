import '@oryndau/ui/styles.css';
import './desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@oryndau/ui';
import { App } from './App.tsx';
import { resources } from './i18n/index.ts';

initI18n(resources);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
