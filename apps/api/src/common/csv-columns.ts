/**
 * The columns of a table export read from the route's Swagger response type, so an empty table
 * still gets its header row (`toCsv` names columns from the rows when there are any).
 */

// The metadata keys @nestjs/swagger's decorators write (its `DECORATORS`, which the package does not export).
const DECORATORS = {
  API_RESPONSE: 'swagger/apiResponse',
  API_MODEL_PROPERTIES: 'swagger/apiModelProperties',
  API_MODEL_PROPERTIES_ARRAY: 'swagger/apiModelPropertiesArray',
} as const;

type Model = abstract new (...args: never[]) => unknown;

interface PropertyMeta {
  type?: unknown;
  isArray?: boolean;
}

const propertyNames = (model: Model): string[] =>
  ((Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, model.prototype) as string[] | undefined) ?? []).map((p) => p.replace(/^:/, ''));

const propertyMeta = (model: Model, name: string): PropertyMeta =>
  (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, model.prototype, name) as PropertyMeta | undefined) ?? {};

/** A DTO class with @ApiProperty fields; `type: () => Dto` (lazy) is resolved. */
function modelOf(type: unknown): Model | undefined {
  if (Array.isArray(type)) return modelOf(type[0]);
  if (typeof type !== 'function') return undefined;
  const resolved: unknown = type.prototype ? type : (type as () => unknown)();
  return typeof resolved === 'function' && propertyNames(resolved as Model).length > 0 ? (resolved as Model) : undefined;
}

const isList = (meta: PropertyMeta) => meta.isArray === true || Array.isArray(meta.type);

/** The row class of a table response: the array itself, or its `items` / `rows` array (as the CSV interceptor reads it). */
function rowModel(response: { type?: unknown; isArray?: boolean } | undefined): Model | undefined {
  if (!response?.type) return undefined;
  if (isList(response)) return modelOf(response.type);
  const body = modelOf(response.type);
  if (!body) return undefined;
  for (const key of ['items', 'rows']) {
    const meta = propertyMeta(body, key);
    if (propertyNames(body).includes(key) && isList(meta)) return modelOf(meta.type);
  }
  return undefined;
}

/** Dot-named columns, nested objects flattened the way `toCsv` flattens rows; lists stay one column. */
export function modelColumns(model: Model, prefix = ''): string[] {
  return propertyNames(model).flatMap((name) => {
    const meta = propertyMeta(model, name);
    const nested = isList(meta) ? undefined : modelOf(meta.type);
    return nested ? modelColumns(nested, `${prefix}${name}.`) : [`${prefix}${name}`];
  });
}

/** The columns of the table a route handler answers with (its 200 response), or [] when it declares none. */
export function declaredTableColumns(handler: object): string[] {
  const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown; isArray?: boolean }>;
  const model = rowModel(responses['200']);
  return model ? modelColumns(model) : [];
}
