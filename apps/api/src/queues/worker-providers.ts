import type { Provider } from '@nestjs/common';
import { appConfig, runsWorkers } from '../config/app-config';

/** Processors and schedulers exist only in processes whose APP_ROLE runs workers. */
export function workerProviders(...providers: Provider[]): Provider[] {
  return runsWorkers(appConfig().role) ? providers : [];
}
