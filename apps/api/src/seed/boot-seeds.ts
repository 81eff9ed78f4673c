import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../ads-platforms/connections/sandbox-connection.seed';
import { AppConfig } from '../config/app-config';
import { seedAdmin } from './admin-seed';

/** What `npm start` puts into an empty database: the first admin, then the demo data set. */
export async function runBootSeeds(dataSource: DataSource, config: AppConfig): Promise<void> {
  const admin = await seedAdmin(dataSource, config.adminEmail, config.adminPassword);
  if (admin) printAdmin(admin.email, admin.generatedPassword);
  await seedSandboxConnection(dataSource, config);
}

function printAdmin(email: string, password?: string): void {
  // Printed to the console once, on purpose: this is how a newcomer gets in.
  const lines = ['', '  AdFlux admin account created', `    email:    ${email}`, `    password: ${password ?? '(the ADMIN_PASSWORD you set)'}`, '  Sign in at http://localhost:3000 and change it.', ''];
  process.stdout.write(lines.join('\n') + '\n');
}
