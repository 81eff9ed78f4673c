import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './src/build/precompress';

// The API serves this build at `/` in production; in development Vite proxies the API paths.
const api = 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': api, '/r': api },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
