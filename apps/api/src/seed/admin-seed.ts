import { DataSource } from 'typeorm';
import { generatePassword, PasswordService } from '../auth';
import { BootSeedRepository } from './boot-seed.repository';

export interface SeededAdmin {
  email: string;
  /** Present only when we generated it: printed once, never stored in clear. */
  generatedPassword?: string;
}

/** On an empty users table, create the first admin (ADMIN_EMAIL/ADMIN_PASSWORD or generated). */
export async function seedAdmin(dataSource: DataSource, email = 'admin@adflux.local', password?: string): Promise<SeededAdmin | null> {
  const repository = new BootSeedRepository(dataSource);
  if (await repository.hasUsers()) return null;
  const generatedPassword = password ? undefined : generatePassword();
  const passwordHash = await new PasswordService().hash(password ?? generatedPassword!);
  await repository.insertAdmin(email, passwordHash);
  return { email, generatedPassword };
}
