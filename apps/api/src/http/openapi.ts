import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/cookies';

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
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API token' }, 'token')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .addSecurityRequirements('token')
    .addSecurityRequirements('session')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  markPublicOperations(document);
  return document;
}

/** @Public() handlers carry x-public; in the spec they need no security at all. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ 'x-public'?: boolean; security?: unknown[] }>) {
      if (operation && typeof operation === 'object' && operation['x-public']) operation.security = [];
    }
  }
}
