import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const mainLinks = ['Dashboard', 'Jobs', 'Candidates', 'Segments', 'Campaigns', 'Applications', 'Reports', 'Automation'];

describe('AppLayout navigation', () => {
  it('shows every section, Settings included, to an admin', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.admin) });
    renderApp('/dashboard');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual([...mainLinks, 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  });

  it.each(['recruiter', 'viewer'] as const)('hides Settings from a %s', async (role) => {
    mockApi({ 'GET /api/auth/me': meHandler(users[role]) });
    renderApp('/jobs');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(mainLinks);
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
  });

  it('shows who is signed in with their role, and signs out', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    const { user, router } = renderApp('/dashboard');

    expect(await screen.findByText('Rita Recruiter')).toBeInTheDocument();
    expect(screen.getByText('recruiter')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in to your account' });
    expect(router.state.location.pathname).toBe('/login');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(server.callsTo('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('has a skip link to the main content', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.viewer) });
    const { user } = renderApp('/dashboard');
    await screen.findByRole('heading', { name: 'Dashboard' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');
    expect(document.getElementById('main')).toBe(screen.getByRole('main'));
  });

  it('opens and closes the small-screen menu from its button', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(users.admin), 'GET /api/users': () => json([]) });
    const { user } = renderApp('/dashboard');
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById('mobile-menu')!;
    await user.click(within(menu).getByRole('link', { name: 'Settings' }));

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
