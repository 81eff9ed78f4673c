import { applyDecorators, ArgumentMetadata, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { getMetadataStorage, IsDefined, ValidateIf, ValidationOptions } from 'class-validator';
import { findHostileInput } from './hostile-input';
import { FieldError, ProblemException } from './problem';

/** Flattens nested class-validator errors into `{ field: 'location.countryCode', message }`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: stripProperty(message, error.property) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

const fieldsProblem = (errors: FieldError[]) =>
  new ProblemException(400, errors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request', { errors });

/**
 * The global pipe: hostile input (NUL, unpaired surrogates, absurd nesting) is refused for every
 * body, query and path parameter before class-transformer runs, then the DTO is validated.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const hostile = findHostileInput(value, metadata.data ?? '');
      if (hostile.length) throw fieldsProblem(hostile);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => fieldsProblem(flattenValidationErrors(errors)),
  });
}

/**
 * For fields a PATCH may leave out but never clear: absent skips validation, `null` is a 400
 * (class-validator's `@IsOptional()` would let null through to a NOT NULL column).
 */
export const OptionalNotNull = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(ValidateIf((_object, value) => value !== undefined), IsDefined({ message: 'must not be null', ...options }));

/**
 * PATCH body of a create DTO: every field may be absent, and a field the create DTO requires may
 * not be null either ("must not be null", as with `@OptionalNotNull()`); fields optional there
 * keep their own `@IsOptional()`, so null still clears them.
 */
export function PatchType<T>(create: Type<T>) {
  const patch = PartialType(create, { skipNullProperties: false });
  const fields = new Set(getMetadataStorage().getTargetValidationMetadatas(create, '', true, false).map((m) => m.propertyName));
  // Runs only for null: absent values are skipped by PartialType, and null on a field with its own @IsOptional() too.
  for (const field of fields) IsDefined({ message: 'must not be null' })(patch.prototype, field);
  return patch;
}
