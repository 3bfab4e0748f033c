// Builds the dashboard into web/dist, which the server serves at / (src/server/plugins/web.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** This folder, whatever the working directory of `vite build` is. */
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  // `npx vite --config web/vite.config.ts` beside `npm start`: the API stays on the server.
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/webhooks': 'http://127.0.0.1:3000' } },
});
