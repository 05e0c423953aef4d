import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Oryndau — Ministry oversight: `pnpm dev` on http://localhost:5175, `pnpm preview` on http://localhost:5275.
// The API is VITE_API_URL (default http://localhost:4000/graphql).
export default defineConfig({
  plugins: [react()],
  server: { port: 5175, strictPort: true },
  preview: { port: 5275, strictPort: true },
  build: { sourcemap: true },
});
