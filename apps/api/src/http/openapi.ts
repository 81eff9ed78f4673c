import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ServerObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth';
import { collectOperationFacts } from './openapi/operation-facts';
import { addProblemResponses } from './openapi/problem-responses';
import { ensureSummaries, tidySchemas } from './openapi/schema-hygiene';
import { addValidationLimits } from './openapi/validation-limits';
import { forEachOperation } from './openapi/walk';

const operationIdOf = (controllerKey: string, methodKey: string) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('AdFlux API')
    .setDescription(
      'Recruitment advertising: jobs, candidates, segments, campaigns and performance.\n\n' +
        'Authenticate with `Authorization: Bearer <api token>` (scopes `read`/`write`) or, in the SPA, ' +
        `with the \`${SESSION_COOKIE}\` session cookie plus the \`${CSRF_HEADER}\` header on mutations. ` +
        'Errors are RFC 9457 problem+json. Lists are keyset-paginated (`limit`, `cursor` → `nextCursor`).',
    )
    .setVersion('1.0.0')
    // API tokens are opaque random strings, not JWTs: nothing can be read from or verified in them client-side.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'afx_<random>', description: 'Opaque API token (`afx_…`, created in Settings; shown once)' }, 'token')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .addSecurityRequirements('token')
    .addSecurityRequirements('session')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationIdOf });
  // Self-hosted: the document describes the instance serving it, whatever its environment. The API is
  // meant for integrators outside the team too (API tokens), hence x-internal: false.
  document.servers = [{ url: '/', description: 'The AdFlux instance serving this document (production, staging or local)', 'x-internal': false } as ServerObject];
  // The repository is private and grants no license (package.json `private: true`, no `license`).
  document.info.license = { name: 'UNLICENSED', url: 'https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license' };
  const facts = collectOperationFacts(app, operationIdOf);
  markPublicOperations(document);
  ensureSummaries(document);
  addValidationLimits(document, facts);
  tidySchemas(document);
  addProblemResponses(document, facts);
  return document;
}

/** @Public() handlers carry x-public; in the spec they need no security at all. */
function markPublicOperations(document: OpenAPIObject): void {
  forEachOperation(document, (operation) => {
    if ((operation as { 'x-public'?: boolean })['x-public']) operation.security = [];
  });
}
