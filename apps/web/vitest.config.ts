import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // jsdom + user-event on a small CI machine: generous, since speed is not what these tests check.
    testTimeout: 20_000,
    // The setup preloads every lazy page; the first file of a worker pays the cold transform of all of them.
    hookTimeout: 60_000,
    // jsdom's default origin; the API client resolves relative URLs against it.
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
  },
});
