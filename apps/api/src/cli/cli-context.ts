import type { INestApplicationContext } from '@nestjs/common';

/**
 * What the CLI needs at run time, loaded lazily: `adflux --help` and a bad argument never load Nest, TypeORM
 * or the application's modules (that is most of the start-up time).
 */

/** A refusal the CLI prints as is (bad input, unknown name) and exits 1 with. */
export class CliError extends Error {}

/**
 * Runs `work` inside the same Nest application the API boots (same services, same rules), as an
 * APP_ROLE=api process (cli-role.ts) so it never consumes queue jobs or starts crons, then closes it.
 */
export async function withApp<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../app.module');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false, abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** The API's request DTO rules applied to CLI input: the same messages, naming the same fields (as --options). */
export async function validated<T extends object>(dtoClass: new () => T, input: Record<string, unknown>): Promise<T> {
  const [{ plainToInstance }, { validate }, { flattenValidationErrors }] = await Promise.all([
    import('class-transformer'), import('class-validator'), import('../common/validation'),
  ]);
  const dto = plainToInstance(dtoClass, input);
  const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length) throw new CliError(errors.map((e) => `--${kebab(e.field)}: ${e.message}`).join('\n'));
  return dto;
}

const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

interface ProblemLike {
  getResponse(): unknown;
}
const isProblem = (error: unknown): error is ProblemLike & Error =>
  error instanceof Error && error.constructor.name === 'ProblemException' && typeof (error as Partial<ProblemLike>).getResponse === 'function';

/** One message for any failure: a problem's detail and fields, a CLI refusal, or the error's message. */
export function describeError(error: unknown): string {
  if (isProblem(error)) {
    const body = error.getResponse() as { detail?: string; errors?: Array<{ field: string; message: string }> };
    const fields = (body.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return [body.detail ?? error.message, ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
