import { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { generatePassword } from '../auth/secrets';
import { User } from '../users/user.entity';

export interface SeededAdmin {
  email: string;
  /** Present only when we generated it: printed once, never stored in clear. */
  generatedPassword?: string;
}

/** On an empty users table, create the first admin (ADMIN_EMAIL/ADMIN_PASSWORD or generated). */
export async function seedAdmin(dataSource: DataSource, email = 'admin@adflux.local', password?: string): Promise<SeededAdmin | null> {
  const users = dataSource.getRepository(User);
  if ((await users.count()) > 0) return null;
  const generatedPassword = password ? undefined : generatePassword();
  const passwordHash = await new PasswordService().hash(password ?? generatedPassword!);
  await users.insert({ email, name: 'Administrator', role: 'admin', passwordHash, active: true });
  await dataSource.getRepository('AuditEntry').insert({ at: new Date(), actorType: 'system', actorLabel: 'system', action: 'user.created', targetType: 'user', details: { email, role: 'admin', seeded: true } });
  return { email, generatedPassword };
}
