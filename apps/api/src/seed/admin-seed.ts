import { DataSource } from 'typeorm';
import { generatePassword, PasswordService } from '../auth';
import { BootSeedRepository } from './boot-seed.repository';

export interface SeededAdmin {
  email: string;
  /** Present only when we generated it: printed once, never stored in clear. */
  generatedPassword?: string;
}

/** The first admin's email when ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@adflux.local';

/** On an empty users table, create the first admin (ADMIN_EMAIL/ADMIN_PASSWORD or generated). */
export async function seedAdmin(dataSource: DataSource, email = DEFAULT_ADMIN_EMAIL, password?: string): Promise<SeededAdmin | null> {
  const repository = new BootSeedRepository(dataSource);
  if (await repository.hasUsers()) return null;
  const generatedPassword = password ? undefined : generatePassword();
  const passwordHash = await new PasswordService().hash(password ?? generatedPassword!);
  await repository.insertAdmin(email, passwordHash);
  return { email, generatedPassword };
}
