// Order matters: boot/first sets zod's jitless mode and the CSP nonce stamping before
// any library module runs.
import './boot/first';
import '@fontsource-variable/noto-sans-sc';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
