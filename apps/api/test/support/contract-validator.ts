import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface MediaType { schema?: Json }
interface ResponseSpec { content?: Record<string, MediaType> }
interface OperationSpec { operationId?: string; responses: Record<string, ResponseSpec> }
export interface ContractDocument { paths: Record<string, Record<string, OperationSpec>>; components?: { schemas?: Record<string, Json> } }

export interface ObservedResponse {
  method: string;
  path: string;
  status: number;
  contentType?: string;
  body: unknown;
}

const CONTRACT_ID = 'contract';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
const INT32 = 2 ** 31;

/**
 * Checks a response against the OpenAPI contract: the operation (path template + method) must
 * document the status, and a JSON body must match the schema of its media type. Paths the
 * contract does not describe (SPA, /r/ redirects, unknown routes) are not checked.
 */
export class ContractValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly routes: { pattern: RegExp; path: string; params: number }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: ContractDocument) {
    addFormats(this.ajv);
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    for (const name of ['binary', 'double', 'float']) this.ajv.addFormat(name, true);
    this.ajv.addSchema({ $id: CONTRACT_ID, components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } });
    this.routes = Object.keys(document.paths)
      .map((path) => ({
        path,
        params: (path.match(/\{/g) ?? []).length,
        pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      }))
      .sort((a, b) => a.params - b.params); // /api/candidates/imports before /api/candidates/{id}
  }

  /** A description of the mismatch, or null when the response is what the contract promises. */
  check(response: ObservedResponse): string | null {
    const method = response.method.toLowerCase();
    const route = this.routes.find((r) => r.pattern.test(response.path) && this.document.paths[r.path][method]);
    if (!route || !METHODS.has(method)) return null;
    const operation = this.document.paths[route.path][method];
    const where = `${response.method.toUpperCase()} ${response.path} (${operation.operationId ?? route.path}) → ${response.status}`;
    const spec = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`] ?? operation.responses.default;
    if (!spec) return `${where}: status ${response.status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`;
    const mediaType = (response.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!/[/+]json$/.test(mediaType)) return null; // CSV exports, files and empty bodies carry no JSON to check
    const documented = spec.content?.[mediaType];
    if (!documented) return `${where}: ${mediaType} is not documented (documented: ${Object.keys(spec.content ?? {}).join(', ') || 'no body'})`;
    if (!documented.schema) return null;
    const validate = this.validatorFor(`${route.path} ${method} ${response.status} ${mediaType}`, documented.schema);
    if (validate(response.body)) return null;
    const errors = (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : ''}`);
    return `${where}: body does not match the contract:\n  ${errors.join('\n  ')}\n  body: ${JSON.stringify(response.body).slice(0, 600)}`;
  }

  private validatorFor(key: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv: `nullable: true` becomes "or null", and local
 * component references point into the contract schema registered under CONTRACT_ID.
 */
export function toJsonSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map(toJsonSchema) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${CONTRACT_ID}${value}`;
    else if (key === 'example' || key === 'examples') out[key] = value; // data, not schemas
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Json).map(([name, schema]) => [name, toJsonSchema(schema)]));
    }
    else out[key] = toJsonSchema(value);
  }
  return ((node as Json).nullable === true ? { anyOf: [out, { type: 'null' }] } : out) as T;
}
