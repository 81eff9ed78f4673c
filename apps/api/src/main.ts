import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { appConfig, ConfigError, runsHttp } from './config/app-config';
import { runMigrations } from './database/migrate';
import { configureHttpApp } from './http/configure-app';
import { AppExpressAdapter } from './http/express-adapter';
import { chooseLogFormat } from './logging/log-format';
import { PinoNestLogger, rootLogger } from './logging/logger';
import { startupSummary } from './logging/startup-summary';
import { DEFAULT_ADMIN_EMAIL, SeededAdmin } from './seed/admin-seed';
import { runBootSeeds } from './seed/boot-seeds';

/** One entry point; APP_ROLE decides whether this process serves HTTP, runs workers, or both. */
async function bootstrap(): Promise<void> {
  const config = appConfig();
  const log = rootLogger();
  let seeded: SeededAdmin | null = null;
  await runMigrations(config.databaseUrl, (m) => log.info(m), async (dataSource) => {
    seeded = await runBootSeeds(dataSource, config);
  });

  if (!runsHttp(config.role)) {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: new PinoNestLogger() });
    app.enableShutdownHooks();
    log.info({ role: config.role }, 'AdFlux worker started');
    return;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new AppExpressAdapter(), { logger: new PinoNestLogger(), bodyParser: false });
  configureHttpApp(app);
  await app.listen(config.port);
  log.info({ role: config.role, port: config.port }, `AdFlux listening on http://localhost:${config.port}`);
  // At a terminal, end with the few lines a newcomer needs; log shippers already have the line above.
  if (chooseLogFormat({ isTty: process.stdout.isTTY, nodeEnv: config.nodeEnv }) === 'pretty') {
    process.stdout.write(startupSummary({ port: config.port, seeded, adminEmail: config.adminEmail ?? DEFAULT_ADMIN_EMAIL }));
  }
}

bootstrap().catch((error: unknown) => {
  // A bad configuration is a message for a person, not a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
