import type { OpenAPIObject, OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Calls `visit` for every operation of the document, with its path and lower-case method. */
export function forEachOperation(document: OpenAPIObject, visit: (operation: OperationObject, path: string, method: string) => void): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) visit(operation, path, method);
    }
  }
}
