import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { problemType, titleFor } from '../common/problem';
import { sendProblem } from '../common/problem.filter';
import { createValidationPipe } from '../common/validation';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { requestLogger } from '../logging/request-logger';
import { buildOpenApiDocument } from './openapi';
import { robotsTxt } from './robots';
import { applyRouting, isServerRoute } from './routing';
import { spaAssets } from './spa-assets';

/** HTTP setup shared by main.ts and the integration tests, so tests exercise the real stack. */
export function configureHttpApp(app: NestExpressApplication, options: { logRequests?: boolean } = {}): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  app.use(requestId);
  if (options.logRequests !== false) {
    app.use(requestLogger());
  }
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'https:'] },
      },
    }),
  );
  app.use(cookieParser());
  applyRouting(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  serveSpaOrNotFound(app, config.webDistDir);
}

function requestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  next();
}

/**
 * In production the API serves the built SPA at `/`, with client-side routes falling back to
 * index.html. Whatever else reaches this point (no SPA built, or not a GET) is a problem+json 404,
 * never Express's HTML page.
 */
function serveSpaOrNotFound(app: NestExpressApplication, configured?: string): void {
  const dir = resolve(configured ?? join(__dirname, '../../../web/dist'));
  const hasSpa = existsSync(join(dir, 'index.html'));
  // API and tracking routes never reach the static handler: it would stat a file for every API request.
  const assets = hasSpa ? spaAssets(dir) : (_req: Request, _res: Response, next: NextFunction) => next();
  const index = join(dir, 'index.html');
  app.use(robotsTxt);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isServerRoute(req.path)) return next();
    assets(req, res, () => {
      if (res.headersSent) return; // a download the client aborted: setting headers now would throw and end the process
      if (!hasSpa || req.method !== 'GET') return sendProblem(req, res, { type: problemType(404), title: titleFor(404), status: 404, detail: `Cannot ${req.method} ${req.path}` });
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
