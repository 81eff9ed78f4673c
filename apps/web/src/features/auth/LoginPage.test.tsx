import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { validateLogin } from './LoginPage';

describe('LoginPage', () => {
  it('validates before sending: both fields required, errors bound to the inputs, focus on the first', async () => {
    const server = mockApi({ 'GET /api/auth/me': meHandler(null) });
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText(/^Email/);
    const password = screen.getByLabelText(/^Password/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(email).toHaveFocus();
    expect(server.callsTo('POST', '/api/auth/login')).toHaveLength(0);
    // The probe that answers 200 either way, never /auth/me's 401 (a console error in the browser).
    expect(server.callsTo('GET', '/api/auth/session')).not.toHaveLength(0);
    expect(server.callsTo('GET', '/api/auth/me')).toHaveLength(0);
  });

  it('rejects a malformed email address and clears the error once fixed', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(null), 'POST /api/auth/login': () => problem(401, 'Email or password is wrong.') });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText(/^Email/), 'not-an-email');
    await user.type(screen.getByLabelText(/^Password/), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription(/valid email address/);

    await user.clear(screen.getByLabelText(/^Email/));
    await user.type(screen.getByLabelText(/^Email/), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    expect(screen.getByLabelText(/^Email/)).not.toHaveAttribute('aria-invalid');
  });

  it('says "Wrong email or password" (not "Unauthorized") when the credentials are refused, and stays on the page', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(null), 'POST /api/auth/login': () => problem(401, 'Email or password is wrong.') });
    const { user, router } = renderApp('/login');

    await user.type(await screen.findByLabelText(/^Email/), 'ada@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrong email or password.');
    expect(alert).not.toHaveTextContent('Unauthorized');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows API field errors next to the field they name', async () => {
    mockApi({ 'GET /api/auth/me': meHandler(null), 'POST /api/auth/login': () => problem(400, 'Validation failed', [{ field: 'email', message: 'email must be an email' }]) });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText(/^Email/), 'ada@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('email must be an email'));
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted field');
  });

  it('signs in and returns to the page that was asked for', async () => {
    let signedIn = false;
    const server = mockApi({
      'GET /api/auth/me': () => (signedIn ? json(users.admin) : problem(401, 'Sign in first.')),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(users.admin);
      },
      'GET /api/users': () => json([]),
    });
    const { user, router } = renderApp('/settings/users');

    await screen.findByRole('heading', { name: 'Sign in to your account' });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/settings/users')}`);
    await user.type(screen.getByLabelText(/^Email/), ' ada@example.com ');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/users');
    expect(server.callsTo('POST', '/api/auth/login')[0]!.body).toEqual({ email: 'ada@example.com', password: 'correct horse battery' });
  });
});

describe('validateLogin', () => {
  it('accepts a plausible address and a password', () => {
    expect(validateLogin('a@b.co', 'x')).toEqual({});
    expect(validateLogin('a@b', 'x').email).toBeDefined();
    expect(validateLogin('', '').password).toBeDefined();
  });
});
