import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi';
import { applyRouting } from './routing';

/**
 * `npm run contract`: writes libs/api-contract/openapi.json without a server, database or Redis
 * (preview mode builds the module graph without instantiating providers).
 */
async function exportContract(): Promise<void> {
  process.env.APP_ROLE = 'api';
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  applyRouting(app);
  const document = buildOpenApiDocument(app);
  const dir = join(__dirname, '../../../../libs/api-contract');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document, null, 2) + '\n');
  await app.close();
  console.log(`wrote ${Object.keys(document.paths).length} paths to libs/api-contract/openapi.json`);
}

exportContract().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
