import '@oryndau/ui/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18nOnDemand } from '@oryndau/ui';
import { App } from './App.tsx';
import { dictionaries } from './i18n/index.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = container;
// frontend (issue 11): the dictionary of the language in use arrives before the first render.
void initI18nOnDemand(dictionaries).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
