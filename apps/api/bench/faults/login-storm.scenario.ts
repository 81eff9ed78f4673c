import { PasswordService } from '../../src/auth/password.service';
import { appConfig } from '../../src/config/app-config';
import { ensureDatabase, runMigrations } from '../../src/database/migrate';
import { within } from '../../test/private-redis';
import { PrivateRedis } from '../../test/support/redis-server';
import { benchApp } from '../bench-support';
import { faultDatabaseUrl, seconds } from './fault-database';
import type { FaultOutcome, FaultScenario } from './fault-scenario';

const ATTEMPTS = Number(process.env.BENCH_LOGIN_ATTEMPTS ?? 200);
const EMAIL = 'storm-target@adflux.bench';

/**
 * ATTEMPTS wrong-password sign-ins for one account, all sent at once, against the app (in this
 * process) on a private redis-server. Password verifications are counted by wrapping the app's own
 * PasswordService: each one is an attempt the throttle let through. Target: verifications ≤ the
 * per-account limit, every other attempt a 429, nothing else.
 */
async function loginStorm(): Promise<FaultOutcome> {
  const databaseUrl = faultDatabaseUrl('faults_login');
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  const redis = await PrivateRedis.start();
  const { app, db, url } = await benchApp({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, QUEUE_PREFIX: 'adflux_faults_login', APP_ROLE: 'api' });
  try {
    const passwords = app.get(PasswordService);
    await db.query(`DELETE FROM users WHERE email = $1`, [EMAIL]);
    await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Storm target', 'recruiter', $2)`, [EMAIL, await passwords.hash('the right password')]);
    let verified = 0;
    const verify = passwords.verify.bind(passwords);
    passwords.verify = (hash: string, password: string) => {
      verified++;
      return verify(hash, password);
    };
    const limit = appConfig().loginMaxAttemptsPerAccount;
    const started = performance.now();
    const statuses = await Promise.all(Array.from({ length: ATTEMPTS }, async () => {
      const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: 'a wrong password' }) });
      await res.arrayBuffer();
      return res.status;
    }));
    const elapsed = performance.now() - started;
    const byStatus = new Map<number, number>();
    for (const status of statuses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const [unauthorized, tooMany] = [byStatus.get(401) ?? 0, byStatus.get(429) ?? 0];
    return {
      figures: [
        ['attempts', `${ATTEMPTS} wrong passwords for one account, all at once, from one address`],
        ['passwords verified', `${verified} (limit ${limit} per account)`],
        ['answers', [...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status} × ${n}`).join(', ')],
        ['all answered in', seconds(elapsed)],
      ],
      ok: verified <= limit && verified > 0 && unauthorized === verified && tooMany === ATTEMPTS - verified,
    };
  } finally {
    await within(app.close(), 10_000);
    await redis.kill();
  }
}

export const loginStormScenario: FaultScenario = {
  name: 'login-storm',
  description: `${ATTEMPTS} concurrent wrong-password sign-ins against one account`,
  run: loginStorm,
};
