import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installEmbedApi } from './embed/api';
import { App } from './ui/App';
import { embedOptions } from './ui/embed-options';
import './ui/styles.css';

const root = document.getElementById('root');
installEmbedApi(window, embedOptions);

if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
