import { startupSummary } from './startup-summary';

describe('startupSummary', () => {
  it('names the URL, the admin, where the generated password was printed and the API docs, never the password', () => {
    const text = startupSummary({ port: 3000, seeded: { email: 'ada@example.com', generatedPassword: 'Xy7-very-secret-pw' }, adminEmail: 'admin@adflux.local' });
    expect(text).toContain('http://localhost:3000\n');
    expect(text).toContain('Sign in:   ada@example.com');
    expect(text).toContain('printed above');
    expect(text).toContain('http://localhost:3000/api/docs');
    expect(text).not.toContain('Xy7-very-secret-pw');
    expect(text.trim().split('\n').length).toBeLessThanOrEqual(6);
  });

  it('points to ADMIN_PASSWORD when it was set, and to the first start on a later boot', () => {
    expect(startupSummary({ port: 8080, seeded: { email: 'a@b.co' }, adminEmail: 'x@y.z' })).toContain('Password:  the ADMIN_PASSWORD you set');
    const later = startupSummary({ port: 8080, seeded: null, adminEmail: 'boss@acme.example' });
    expect(later).toContain('Sign in:   boss@acme.example');
    expect(later).toContain('at the first start');
    expect(later).toContain('http://localhost:8080/api/docs');
  });
});
