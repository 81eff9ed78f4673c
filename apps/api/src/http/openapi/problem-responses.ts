import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { DOMAIN_PROBLEMS } from './domain-problems';
import type { OperationFacts } from './operation-facts';
import { forEachOperation } from './walk';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** RFC 9457 problem details (common/problem.ts); extension members such as `jobStatus` may follow. */
const PROBLEM_SCHEMAS: Record<string, SchemaObject> = {
  FieldError: {
    type: 'object',
    required: ['field', 'message'],
    properties: {
      field: { type: 'string', maxLength: 200, description: 'Body field (dotted path), query or path parameter', example: 'location.countryCode' },
      message: { type: 'string', maxLength: 1000, example: 'must be a valid ISO 3166-1 alpha-2 code' },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri-reference', maxLength: 200, example: 'https://adflux.dev/problems/400' },
      title: { type: 'string', maxLength: 200, example: 'Bad Request' },
      status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 400 },
      detail: { type: 'string', maxLength: 10000 },
      instance: { type: 'string', maxLength: 2000, description: 'Path of the request' },
      errors: { type: 'array', maxItems: 1000, items: { $ref: '#/components/schemas/FieldError' }, description: 'One entry per invalid field' },
      retryAfter: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400, description: 'Seconds to wait (also in the Retry-After header)' },
    },
  },
};

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 } },
};

/**
 * Adds the problem+json error responses each operation can really answer, derived from its route
 * metadata (see the rules below) plus the business-rule table in domain-problems.ts. A response an
 * operation already declares keeps its description and gets the problem body.
 */
export function addProblemResponses(document: OpenAPIObject, facts: Map<string, OperationFacts>): void {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...PROBLEM_SCHEMAS };
  forEachOperation(document, (operation) => {
    const fact = operation.operationId ? facts.get(operation.operationId) : undefined;
    if (!fact) return; // cannot happen for Nest routes; openapi-schemas.spec checks 401/403 on every secured one
    const derived = problemStatuses(fact);
    // Errors a controller declares itself (e.g. readiness's 503) get the problem body too.
    for (const status of Object.keys(operation.responses)) if (Number(status) >= 400 && !(status in derived)) derived[Number(status)] = '';
    for (const [status, description] of Object.entries(derived)) setProblem(operation, Number(status), description);
  });
}

/** status → description of the problem responses one operation can answer. */
export function problemStatuses(fact: OperationFacts): Record<number, string> {
  const out: Record<number, string> = {};
  const hasInput = Boolean(fact.body || fact.query || fact.upload || fact.pathParams.length);
  // body-parser runs before routing, so even an operation without inputs rejects a malformed JSON body.
  out[400] = hasInput
    ? 'Invalid input: the body, a query or a path parameter fails validation (`errors[].field` names it), or the body is not valid JSON'
    : 'Malformed request: the body is not valid JSON';
  if (!fact.isPublic) {
    out[401] = 'No valid session cookie or API token';
    out[403] = forbiddenReason(fact);
  }
  if (fact.pathParams.length) out[404] = `No such resource (${fact.pathParams.map((p) => p.name).join(', ')})`;
  if (fact.body || fact.upload) out[413] = fact.upload ? 'The file is larger than the upload limit' : 'The JSON body is larger than the body limit';
  if (!fact.isPublic) {
    out[429] = 'Rate limit of this API token exceeded; wait for Retry-After seconds';
    // Every authenticated call resolves its session or token in PostgreSQL (and Redis for tokens).
    out[503] = 'PostgreSQL or Redis is unavailable; retry after Retry-After seconds';
  }
  for (const [status, reason] of Object.entries(DOMAIN_PROBLEMS[fact.operationId] ?? {})) out[Number(status)] = reason;
  return out;
}

function forbiddenReason(fact: OperationFacts): string {
  const reasons: string[] = [];
  if (fact.roles) reasons.push(`needs the role ${fact.roles.join(' or ')}`);
  else if (fact.mutating) reasons.push('viewers cannot change data');
  if (fact.sessionOnly) reasons.push('API tokens are refused');
  else reasons.push(`the API token lacks the "${fact.mutating ? 'write' : 'read'}" scope`);
  if (fact.mutating) reasons.push('a session call lacks the CSRF header');
  return `Not allowed: ${reasons.join('; ')}`;
}

function setProblem(operation: OperationObject, status: number, description: string): void {
  const existing = operation.responses[status] as ResponseObject | undefined;
  operation.responses[status] = {
    ...existing,
    description: existing?.description || description,
    ...(status === 429 || status === 503 ? { headers: { ...RETRY_AFTER, ...existing?.headers } } : {}),
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}
