import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DEPENDENCY_RETRY_AFTER_SECONDS, isDependencyUnavailable } from './dependency-errors';
import { ProblemBody, problemType, titleFor } from './problem';

/** Writes a problem+json response (also used outside Nest's pipeline, e.g. by the SPA fallback). */
export function sendProblem(req: Request, res: Response, body: ProblemBody): void {
  if (res.headersSent) return;
  body.instance = req.originalUrl?.split('?')[0];
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/**
 * Turns every error — ours, Nest's, body-parser's, the database's — into problem+json.
 * A dependency that is down (PostgreSQL, Redis) is a 503 with Retry-After, logged as a warning.
 * Unexpected errors become a 500 without internals; they are logged with the request id.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const body = this.toProblem(exception);
    if (body.status === 503) this.logger.warn({ reqId: req.id, reason: (exception as Error | undefined)?.message }, 'dependency unavailable');
    else if (body.status >= 500) this.logger.error({ err: exception, reqId: req.id }, 'unhandled error');
    const retryAfter = (exception as { retryAfterSeconds?: number }).retryAfterSeconds ?? body.retryAfter;
    if (retryAfter !== undefined && !res.headersSent) res.setHeader('Retry-After', String(retryAfter));
    sendProblem(req, res, body);
  }

  private toProblem(exception: unknown): ProblemBody {
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    if (isDependencyUnavailable(exception)) {
      return { type: problemType(503), title: titleFor(503), status: 503, detail: 'A service this request needs is unavailable; retry shortly.', retryAfter: DEPENDENCY_RETRY_AFTER_SECONDS };
    }
    const pgCode = (exception as { driverError?: { code?: string } }).driverError?.code;
    if (exception instanceof QueryFailedError && pgCode) return this.fromPostgres(pgCode, exception);
    // body-parser and multer errors carry an HTTP status of their own.
    const status = (exception as { status?: number; statusCode?: number }).status ?? (exception as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const detail = type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : (exception as Error).message;
      return { type: problemType(status), title: titleFor(status), status, detail };
    }
    return { type: problemType(500), title: titleFor(500), status: 500, detail: 'An unexpected error occurred.' };
  }

  private fromHttpException(exception: HttpException): ProblemBody {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'type' in response && 'title' in response) {
      return { ...(response as ProblemBody), status };
    }
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const detail = Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
    return { type: problemType(status), title: titleFor(status), status, detail };
  }

  private fromPostgres(code: string, error: QueryFailedError): ProblemBody {
    const detail = (error as { driverError?: { detail?: string } }).driverError?.detail;
    if (code === '23505') {
      const field = /Key \(([^)]+)\)/.exec(detail ?? '')?.[1] ?? 'unknown';
      return { type: problemType(409), title: titleFor(409), status: 409, detail: `${field} already exists`, errors: [{ field: snakeToCamel(field), message: 'already exists' }] };
    }
    // Malformed values the edge checks should have caught already: still the caller's fault, not a 500.
    if (['22P02', '22007', '22003', '22008', '22021', '22P05'].includes(code)) {
      return { type: problemType(400), title: titleFor(400), status: 400, detail: 'A value has the wrong format.' };
    }
    if (code === '23503') {
      return { type: problemType(409), title: titleFor(409), status: 409, detail: 'A referenced resource does not exist or is still in use.' };
    }
    return { type: problemType(500), title: titleFor(500), status: 500, detail: 'An unexpected error occurred.' };
  }
}

function snakeToCamel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
