import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { maxLengthOfPattern } from './pattern-length';
import { forEachOperation } from './walk';

type Node = Record<string, unknown>;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/**
 * Repairs what @nestjs/swagger emits in ways linters (and generated clients) read wrong:
 * a nullable enum reference without a `type`, a lone `allOf` wrapper around a reference,
 * a pattern that bounds the length without a maxLength,
 * integers without a format, and page arrays without the size the `limit` cap guarantees.
 */
export function tidySchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject | ReferenceObject>;
  const maxPage = maxPageSize();
  visitSchemas(document, (node) => {
    const allOf = node.allOf as Node[] | undefined;
    const onlyRef = allOf?.length === 1 && typeof allOf[0].$ref === 'string' ? (allOf[0].$ref as string) : undefined;
    const target = onlyRef ? (schemas[onlyRef.split('/').pop() ?? ''] as SchemaObject | undefined) : undefined;
    if (onlyRef && node.nullable && target?.enum) {
      // In OAS 3.0 `nullable` does not reach into allOf: "this enum or null" must be spelled out.
      delete node.allOf;
      delete node.nullable;
      node.anyOf = [{ $ref: onlyRef }, { type: target.type, nullable: true, enum: [null] }];
    } else if (onlyRef && node.nullable && !node.type) {
      node.type = target?.type;
    } else if (onlyRef && Object.keys(node).length === 1) {
      delete node.allOf;
      node.$ref = onlyRef;
    }
    if (node.type === 'string' && typeof node.pattern === 'string' && node.maxLength === undefined) {
      const max = maxLengthOfPattern(node.pattern);
      if (max !== undefined) node.maxLength = max;
    }
    if (node.type === 'integer' && !node.format) node.format = fitsInt32(node) ? 'int32' : 'int64';
  });
  for (const [name, schema] of Object.entries(schemas)) {
    const items = (schema as SchemaObject).properties?.items as SchemaObject | undefined;
    if (name.endsWith('PageDto') && items?.type === 'array' && items.maxItems === undefined) items.maxItems = maxPage;
  }
}

/** Every operation gets a summary; without one, it is spelled out from the operationId ("listUsers" → "List users"). */
export function ensureSummaries(document: OpenAPIObject): void {
  forEachOperation(document, (operation) => {
    if (operation.summary || !operation.operationId) return;
    const words = operation.operationId.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    operation.summary = words.charAt(0).toUpperCase() + words.slice(1);
  });
}

function fitsInt32(node: Node): boolean {
  const { minimum, maximum } = node as { minimum?: number; maximum?: number };
  return minimum !== undefined && maximum !== undefined && minimum >= INT32.min && maximum <= INT32.max;
}

/** The `limit` cap of keyset pages (PageQuery's @Max): no page holds more items. */
function maxPageSize(): number {
  const max = getMetadataStorage()
    .getTargetValidationMetadatas(PageQuery, '', true, false)
    .find((meta) => meta.propertyName === 'limit' && meta.name === 'max');
  return (max?.constraints?.[0] as number | undefined) ?? 200;
}

/** Depth-first over every schema object of the document (components, parameters, bodies, responses). */
function visitSchemas(document: OpenAPIObject, visit: (node: Node) => void): void {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if ('type' in node || 'allOf' in node || 'nullable' in node) visit(node);
    for (const child of Object.values(node)) walk(child);
  };
  walk(document.components?.schemas);
  walk(document.paths);
}
