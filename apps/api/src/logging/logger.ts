import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { appConfig } from '../config/app-config';

/** Anything that may carry a secret, wherever it appears in a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]',
  '*.password', '*.passwordHash', '*.secret', '*.token', '*.accessToken', '*.access_token', '*.appSecret', '*.clientSecret',
  '*.refreshToken', '*.developerToken', '*.apiKey', '*.credentials', 'err.config.headers', 'err.config.params.access_token',
];

let root: Logger | undefined;

export function rootLogger(): Logger {
  root ??= pino({ level: appConfig().logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { role: appConfig().role } });
  return root;
}

/** Routes Nest's own logging into pino as structured JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger = rootLogger()) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...(message as object) }, String(params[0] ?? ''));
    else this.logger[level]({ context, extra: params.length ? params : undefined }, String(message));
  }

  log(message: unknown, ...params: unknown[]) { this.write('info', message, params); }
  error(message: unknown, ...params: unknown[]) { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]) { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]) { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]) { this.write('trace', message, params); }
}
