import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { appConfig } from '../config/app-config';
import { chooseLogFormat, logDestination } from './log-format';

/** Anything that may carry a secret, wherever it appears in a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]',
  '*.password', '*.passwordHash', '*.secret', '*.token', '*.accessToken', '*.access_token', '*.appSecret', '*.clientSecret',
  '*.refreshToken', '*.developerToken', '*.apiKey', '*.credentials', 'err.config.headers', 'err.config.params.access_token',
];

let root: Logger | undefined;

export function rootLogger(): Logger {
  const config = appConfig();
  const destination = logDestination(chooseLogFormat({ isTty: process.stdout.isTTY, nodeEnv: config.nodeEnv }));
  root ??= pino({ level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { role: config.role } }, destination);
  return root;
}

/** Nest's start-up chatter (a line per module and per route): useful when debugging routing, noise otherwise. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Routes Nest's own logging into pino as structured JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger = rootLogger()) {}

  private write(requested: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const level = requested === 'info' && context && STARTUP_CONTEXTS.has(context) ? 'debug' : requested;
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...(message as object) }, String(params[0] ?? ''));
    else this.logger[level]({ context, extra: params.length ? params : undefined }, String(message));
  }

  log(message: unknown, ...params: unknown[]) { this.write('info', message, params); }
  error(message: unknown, ...params: unknown[]) { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]) { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]) { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]) { this.write('trace', message, params); }
}
