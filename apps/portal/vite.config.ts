import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Oryndau — Applicant portal: `pnpm dev` on http://localhost:5173, `pnpm preview` on http://localhost:5273.
// The API is VITE_API_URL (default http://localhost:4000/graphql).
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5273, strictPort: true },
  build: { sourcemap: true },
});
