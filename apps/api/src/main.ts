import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { appConfig, ConfigError, runsHttp } from './config/app-config';
import { runMigrations } from './database/migrate';
import { configureHttpApp } from './http/configure-app';
import { PinoNestLogger, rootLogger } from './logging/logger';
import { runBootSeeds } from './seed/boot-seeds';

/** One entry point; APP_ROLE decides whether this process serves HTTP, runs workers, or both. */
async function bootstrap(): Promise<void> {
  const config = appConfig();
  const log = rootLogger();
  await runMigrations(config.databaseUrl, (m) => log.info(m), (dataSource) => runBootSeeds(dataSource, config));

  if (!runsHttp(config.role)) {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: new PinoNestLogger() });
    app.enableShutdownHooks();
    log.info({ role: config.role }, 'AdFlux worker started');
    return;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: new PinoNestLogger(), bodyParser: false });
  configureHttpApp(app);
  await app.listen(config.port);
  log.info({ role: config.role, port: config.port }, `AdFlux listening on http://localhost:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  // A bad configuration is a message for a person, not a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
