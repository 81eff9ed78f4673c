import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPages } from '../app/lazyPages';

// Pages are lazy (one script each); load them all first so tests see a page on its first render.
beforeAll(() => preloadPages());

afterEach(() => {
  cleanup();
  // Cookies persist across tests in one jsdom window; start each test signed out.
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});
