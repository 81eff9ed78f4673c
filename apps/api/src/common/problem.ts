import { HttpException, HttpStatus } from '@nestjs/common';

/** RFC 9457 problem details, the body of every error response. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemType(status: number): string {
  return status >= 500 ? 'about:blank' : `https://adflux.dev/problems/${status}`;
}

export function titleFor(status: number): string {
  return TITLES[status] ?? HttpStatus[status] ?? 'Error';
}

/** Throw to answer with a problem+json body; extra members (e.g. `from`, `to`) are kept. */
export class ProblemException extends HttpException {
  constructor(status: number, detail: string, extra: Partial<ProblemBody> = {}) {
    super({ type: problemType(status), title: titleFor(status), status, detail, ...extra }, status);
  }
}

export const fieldProblem = (status: 400 | 409 | 422, field: string, message: string) =>
  new ProblemException(status, `${field}: ${message}`, { errors: [{ field, message }] });
