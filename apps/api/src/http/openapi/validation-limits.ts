import type { OpenAPIObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { OperationFacts } from './operation-facts';
import { maxLengthOfPattern } from './pattern-length';
import { forEachOperation } from './walk';

/** A DTO class (class-validator and swagger key their metadata by constructor). */
type DtoClass = abstract new (...args: never[]) => unknown;
type Schema = SchemaObject & { nullable?: boolean };
type Keywords = Partial<Pick<SchemaObject, 'maxLength' | 'minLength' | 'pattern' | 'maximum' | 'minimum' | 'maxItems' | 'minItems' | 'format' | 'enum' | 'type'>>;

const UUID_LENGTH = 36;
/** The longest IANA zone name is 32 characters ("America/Argentina/ComodRivadavia"). */
const IANA_ZONE_MAX = 64;
/** "2026-12-04T13:36:44.123456789+05:30" is 35; room for a few more fraction digits. */
const ISO_TIMESTAMP_MAX = 64;

/** class-validator constraint → the JSON-schema keywords that state the same limit. */
const KEYWORDS: Record<string, (constraints: unknown[]) => Keywords | undefined> = {
  maxLength: ([max]) => ({ maxLength: max as number }),
  minLength: ([min]) => ({ minLength: min as number }),
  isLength: ([min, max]) => ({ minLength: min as number, ...(max === undefined ? {} : { maxLength: max as number }) }),
  // Case-insensitive or multi-line regexes cannot be written as a schema pattern.
  matches: ([regex]) => (regex instanceof RegExp && !regex.flags ? { pattern: regex.source, maxLength: maxLengthOfPattern(regex.source) } : undefined),
  max: ([max]) => ({ maximum: max as number }),
  min: ([min]) => ({ minimum: min as number }),
  isInt: () => ({ type: 'integer' }),
  arrayMaxSize: ([max]) => ({ maxItems: max as number }),
  arrayMinSize: ([min]) => ({ minItems: min as number }),
  isUuid: () => ({ format: 'uuid', maxLength: UUID_LENGTH }),
  isIn: ([values]) => ({ enum: values as unknown[] }),
  isEmail: () => ({ format: 'email' }),
  isUrl: () => ({ format: 'uri' }),
  // Our own validators (common/iso.ts, platform-fields.dto.ts) accept only codes/names of these lengths.
  isCountryCode: () => ({ minLength: 2, maxLength: 2 }),
  isCurrencyCode: () => ({ minLength: 3, maxLength: 3 }),
  isTimeZone: () => ({ maxLength: IANA_ZONE_MAX }),
  isDateString: () => ({ format: 'date-time', maxLength: ISO_TIMESTAMP_MAX }),
  isIso8601: () => ({ maxLength: ISO_TIMESTAMP_MAX }),
  // common/dates.ts: a calendar day within the range reports accept.
  isReportDay: () => ({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 }),
};

/**
 * Writes the limits class-validator enforces (lengths, ranges, array sizes, patterns, formats) into
 * the request schemas and query parameters, so the contract states what the server really accepts
 * without repeating every limit in `@ApiProperty`. Keywords a DTO states explicitly are kept.
 */
export function addValidationLimits(document: OpenAPIObject, facts: Map<string, OperationFacts>): void {
  const schemas = document.components?.schemas ?? {};
  for (const fact of facts.values()) {
    if (fact.body) applyToClass(fact.body, schemas);
  }
  forEachOperation(document, (operation) => {
    const fact = operation.operationId ? facts.get(operation.operationId) : undefined;
    const parameters = (operation.parameters ?? []) as ParameterObject[];
    const byProperty = fact?.query ? constraintsByProperty(fact.query) : new Map<string, ValidationMetadata[]>();
    for (const parameter of parameters) {
      if (!parameter.schema || '$ref' in parameter.schema) continue;
      const schema = parameter.schema as Schema;
      if (parameter.in === 'query') applyConstraints(schema, byProperty.get(parameter.name) ?? []);
      if (parameter.in === 'path' && fact?.pathParams.some((p) => p.name === parameter.name && p.uuid)) {
        fillMissing(schema, { format: 'uuid', maxLength: UUID_LENGTH });
      }
    }
  });
}

/** Applies a DTO class's constraints to its component schema, then to the DTOs it nests. */
function applyToClass(dto: DtoClass, schemas: Record<string, SchemaObject | ReferenceObject>, seen = new Set<DtoClass>()): void {
  if (seen.has(dto)) return;
  seen.add(dto);
  const schema = schemas[dto.name] as Schema | undefined;
  const byProperty = constraintsByProperty(dto);
  if (schema && !('$ref' in schema)) {
    for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
      if (!('$ref' in propertySchema)) applyConstraints(propertySchema as Schema, byProperty.get(property) ?? []);
    }
  }
  for (const nested of nestedClasses(dto)) applyToClass(nested, schemas, seen);
}

function constraintsByProperty(dto: DtoClass): Map<string, ValidationMetadata[]> {
  const out = new Map<string, ValidationMetadata[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    out.set(meta.propertyName, [...(out.get(meta.propertyName) ?? []), meta]);
  }
  return out;
}

function applyConstraints(schema: Schema, metas: ValidationMetadata[]): void {
  for (const meta of metas) {
    const keywords = meta.name ? KEYWORDS[meta.name]?.(meta.constraints ?? []) : undefined;
    if (!keywords) continue;
    const target = meta.each && schema.type === 'array' && schema.items && !('$ref' in schema.items) ? (schema.items as Schema) : schema;
    if (target.allOf || '$ref' in target) continue; // a nested object: its own class carries its limits
    fillMissing(target, keywords);
  }
}

/** Sets each keyword the schema does not state yet (an explicit @ApiProperty value wins). */
function fillMissing(schema: Schema, keywords: Keywords): void {
  for (const [key, value] of Object.entries(keywords)) {
    if (key === 'type') {
      if (schema.type === 'number') schema.type = 'integer';
      continue;
    }
    const record = schema as Record<string, unknown>;
    if (record[key] === undefined && value !== undefined) record[key] = value;
  }
}

/** Nested DTO classes, read from the `@ApiProperty({ type })` metadata the document was built from. */
function nestedClasses(dto: DtoClass): DtoClass[] {
  const names = (Reflect.getMetadata('swagger/apiModelPropertiesArray', dto.prototype) ?? []) as string[];
  return names.flatMap((name) => {
    const meta = Reflect.getMetadata('swagger/apiModelProperties', dto.prototype, name.replace(/^:/, '')) as { type?: unknown } | undefined;
    let type = meta?.type;
    if (Array.isArray(type)) type = type[0];
    if (typeof type === 'function' && !type.prototype) type = (type as () => unknown)(); // lazy `type: () => Dto`
    if (typeof type === 'function' && type.prototype && Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype)) return [type as DtoClass];
    return [];
  });
}
