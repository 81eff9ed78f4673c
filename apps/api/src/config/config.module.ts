import { Global, Inject, Module } from '@nestjs/common';
import { AppConfig, appConfig } from './app-config';

/** Injection token of the validated configuration; services take it instead of calling `appConfig()`. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** `constructor(@InjectConfig() private readonly config: AppConfig)`; tests override the provider per test. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);

export type { AppConfig };

/**
 * Global, so every module can inject the config. The value is read once at boot; a test varies it
 * with `.overrideProvider(APP_CONFIG).useValue(loadConfig({ ... }))` instead of touching process.env.
 */
@Global()
@Module({ providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => appConfig() }], exports: [APP_CONFIG] })
export class ConfigModule {}
