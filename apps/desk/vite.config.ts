import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Oryndau — Services desk (justice officers, attestation commissions, licensing officers, courts): `pnpm dev` on http://localhost:5176, `pnpm preview` on http://localhost:5276.
// The API is VITE_API_URL (default http://localhost:4000/graphql).
export default defineConfig({
  plugins: [react()],
  server: { port: 5176, strictPort: true },
  preview: { port: 5276, strictPort: true },
  build: { sourcemap: true },
});
