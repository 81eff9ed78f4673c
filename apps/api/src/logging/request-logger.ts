import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { rootLogger } from './logger';
import { redactQuery, redactUrl } from './redact-url';

interface SerializedRequest {
  url?: string;
  query?: Record<string, unknown>;
}

/**
 * Access log middleware: one line per request, with secrets in the query string redacted
 * (`?access_token=` etc.) on top of the header/body paths the root logger redacts.
 */
export function requestLogger(logger: Logger = rootLogger()): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req) => (req as Request).id as string,
    autoLogging: { ignore: (req) => req.url === '/api/health' },
    serializers: {
      req: (req: SerializedRequest) => ({
        ...req,
        url: req.url === undefined ? undefined : redactUrl(req.url),
        query: req.query === undefined ? undefined : redactQuery(req.query),
      }),
    },
  });
}
