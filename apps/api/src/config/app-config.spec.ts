import { ConfigError, DEFAULT_POOL_SIZE, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with local defaults and no environment', () => {
    const config = loadConfig({});
    expect(config.role).toBe('all');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toContain('127.0.0.1:5432');
    expect(config.redisUrl).toContain('127.0.0.1:6379');
    expect(config.databasePoolSize).toBe(DEFAULT_POOL_SIZE);
  });

  it('sizes the database pool from DATABASE_POOL_SIZE, refusing nonsense', () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: '8' }).databasePoolSize).toBe(8);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('names every bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', APP_ROLE: 'boss', DATABASE_URL: 'mysql://x', APP_ENCRYPTION_KEY: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'APP_ROLE', 'DATABASE_URL', 'APP_ENCRYPTION_KEY']) expect(message).toContain(name);
  });

  it('requires an encryption key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_ENCRYPTION_KEY is required/);
  });

  it('rejects a short admin password', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });
});
