/**
 * RFC 9457 problem+json, the error format of every AdFlux endpoint (see DESIGN.md, "Contract").
 * The contract documents success bodies only, so this one shape is declared here.
 */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Thrown by the API client for every non-2xx answer (and for network failures, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type?: string;
  readonly fieldErrors: FieldError[];

  constructor(problem: ProblemDetails) {
    const title = problem.title ?? `Request failed (${problem.status})`;
    super(problem.detail ?? title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = title;
    this.detail = problem.detail ?? title;
    this.type = problem.type;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
  }

  /** The message for one form field, matching the API's field name (e.g. `email`, `scopes`). */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }

  /** Reads a failed response: problem+json when the server sent it, a generic problem otherwise. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (isProblemLike(body)) return new ApiError({ ...body, status: response.status });
    return new ApiError({ status: response.status, title: response.statusText || undefined, detail: statusMessage(response.status) });
  }

  /** Normalises anything a request can throw (network errors included) into an ApiError. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    const detail = error instanceof Error && error.message ? error.message : 'The request could not be completed.';
    return new ApiError({ status: 0, title: 'Network error', detail: `Could not reach the server: ${detail}` });
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

function isProblemLike(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && ('detail' in body || 'title' in body || 'errors' in body);
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as FieldError;
  return typeof v === 'object' && v !== null && typeof v.field === 'string' && typeof v.message === 'string';
}

function statusMessage(status: number): string {
  if (status === 401) return 'You are not signed in.';
  if (status === 403) return 'You do not have permission to do this.';
  if (status === 404) return 'Not found.';
  if (status === 429) return 'Too many requests; try again shortly.';
  if (status >= 500) return 'The server had a problem; try again.';
  return `Request failed (${status}).`;
}
