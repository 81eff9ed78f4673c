/* global FormData */
// Shared helpers for the e2e tests: a headless Debian Chromium, UI login, and an HTTP client for setup.
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:3300').replace(/\/$/, '');
export const ADMIN = { email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.local', password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password' };

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A fresh context (own cookies) and page; the caller closes the context. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login form and waits for the signed-in shell. */
export async function loginAs(page, email, password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The signed-in shell: a sidebar on wide screens, a Menu button on small ones.
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('navigation', { name: 'Main' }).or(page.getByRole('button', { name: 'Menu' })).first().waitFor();
}

/**
 * A session against the API over plain HTTP, for setting up data: `const admin = await apiAs(email, pw);
 * await admin.post('/api/users', {...})`. Keeps the cookies and sends the CSRF header on mutations.
 */
export async function apiAs(email, password) {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login as ${email} failed: ${login.status} ${await login.text()}`);
  const cookies = Object.fromEntries(login.headers.getSetCookie().map((c) => c.split(';')[0].split('=')).map(([k, ...v]) => [k, v.join('=')]));
  const cookieHeader = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');

  async function request(method, path, body) {
    const headers = { Cookie: cookieHeader, Accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-CSRF-Token'] = decodeURIComponent(cookies.adflux_csrf ?? '');
    const res = await fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) });
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return data;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
    /** multipart/form-data with one file field. */
    upload: (path, field, blob, filename) => {
      const form = new FormData();
      form.append(field, blob, filename);
      return request('POST', path, form);
    },
  };
}

/** A unique suffix so tests can run against a database that already has data. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
