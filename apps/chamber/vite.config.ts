import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Oryndau — Chamber console: `pnpm dev` on http://localhost:5174, `pnpm preview` on http://localhost:5274.
// The API is VITE_API_URL (default http://localhost:4000/graphql).
export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true },
  preview: { port: 5274, strictPort: true },
  build: { sourcemap: true },
});
