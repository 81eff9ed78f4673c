import pinoPretty from 'pino-pretty';
import type { DestinationStream } from 'pino';

export type LogFormat = 'pretty' | 'json';

/**
 * Human-readable lines for a person at a terminal; JSON (for log shippers) everywhere else:
 * when output is piped or redirected, and always in production.
 */
export function chooseLogFormat(env: { isTty: boolean | undefined; nodeEnv: string }): LogFormat {
  return env.isTty && env.nodeEnv !== 'production' ? 'pretty' : 'json';
}

/** Where pino writes: stdout as JSON, or through pino-pretty in this thread (keeps lines in order with the boot banners). */
export function logDestination(format: LogFormat): DestinationStream | undefined {
  if (format === 'json') return undefined;
  return pinoPretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,role,context', messageFormat: '{if context}[{context}] {end}{msg}' });
}
