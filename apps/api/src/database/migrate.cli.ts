import { appConfig } from '../config/app-config';
import { runMigrations } from './migrate';

// `npm run db:migrate`
runMigrations(appConfig().databaseUrl, (m) => console.log(m))
  .then(() => console.log('database is up to date'))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
