import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { safeNextPath } from './guards';

describe('route guard', () => {
  it('sends a visitor without a session to the login page, remembering the page', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(null) });
    const { router } = renderApp('/campaigns?status=live');

    await screen.findByRole('heading', { name: 'Sign in to your account' });
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/campaigns?status=live');
  });

  it.each(['viewer', 'recruiter'] as const)('shows the 403 page to a %s opening settings, and never asks the API for users', async (role) => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users[role]) });
    renderApp('/settings/users');

    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.getByText('Error 403')).toBeInTheDocument();
    expect(server.callsTo('GET', '/api/users')).toHaveLength(0);
  });

  it('lets an admin into settings', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.admin), 'GET /api/users': () => json([]) });
    const { router } = renderApp('/settings');

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/users');
  });

  it('shows a 404 page inside the layout for unknown paths', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.viewer) });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('sends the user to login when the session ends while using the app', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.admin), 'GET /api/users': () => problem(401, 'Your session has ended.') });
    const { router } = renderApp('/settings/users');

    await screen.findByRole('heading', { name: 'Sign in to your account' });
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/settings/users');
  });
});

describe('safeNextPath', () => {
  it('only allows paths inside the app', () => {
    expect(safeNextPath('/jobs/1?x=1')).toBe('/jobs/1?x=1');
    expect(safeNextPath('//evil.example/x')).toBe('/dashboard');
    expect(safeNextPath('/\\evil.example')).toBe('/dashboard');
    expect(safeNextPath('https://evil.example')).toBe('/dashboard');
    expect(safeNextPath('/login?next=/x')).toBe('/dashboard');
    expect(safeNextPath(null)).toBe('/dashboard');
  });
});
