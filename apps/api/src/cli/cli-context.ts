import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { resetAppConfig } from '../config/app-config';
import { flattenValidationErrors } from '../common/validation';
import { ProblemException } from '../common/problem';

/** A refusal the CLI prints as is (bad input, unknown name) and exits 1 with. */
export class CliError extends Error {}

/**
 * Runs `work` inside the same Nest application the API boots (same services, same rules), as an
 * APP_ROLE=api process so it never consumes queue jobs or starts crons, then closes it.
 */
export async function withApp<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  process.env.APP_ROLE = 'api';
  process.env.LOG_LEVEL ??= 'silent';
  resetAppConfig();
  const { AppModule } = await import('../app.module');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false, abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** The API's request DTO rules applied to CLI input: the same messages, naming the same fields. */
export async function validated<T extends object>(dtoClass: new () => T, input: Record<string, unknown>): Promise<T> {
  const dto = plainToInstance(dtoClass, input);
  const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length) throw new CliError(errors.map((e) => `--${e.field}: ${e.message}`).join('\n'));
  return dto;
}

/** One line for any failure: a problem's detail and fields, a CLI refusal, or the error's message. */
export function describeError(error: unknown): string {
  if (error instanceof ProblemException) {
    const body = error.getResponse() as { detail?: string; errors?: Array<{ field: string; message: string }> };
    const fields = (body.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return [body.detail ?? error.message, ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
