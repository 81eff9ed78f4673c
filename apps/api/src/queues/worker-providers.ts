import type { Provider } from '@nestjs/common';
import { appConfig, runsWorkers } from '../config/app-config';
import { SlotCronScheduler, withoutCrons } from './slot-cron';

const isScheduler = (provider: Provider) => typeof provider === 'function' && provider.prototype instanceof SlotCronScheduler;

/**
 * Processors exist only in processes whose APP_ROLE runs workers. Schedulers exist in every role, so the admin CLI
 * (an api process) can enqueue a cron's job on demand; they register their crons only in worker roles (SlotCronScheduler).
 */
export function workerProviders(...providers: Provider[]): Provider[] {
  if (runsWorkers(appConfig().role)) return providers;
  const schedulers = providers.filter(isScheduler);
  schedulers.forEach(withoutCrons);
  return schedulers;
}
