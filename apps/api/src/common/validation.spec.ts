import { ArgumentMetadata, HttpException } from '@nestjs/common';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { createValidationPipe, OptionalNotNull, PatchType } from './validation';

class CreateThing {
  @IsString() name: string;
  @IsOptional() @IsString() note?: string | null;
}
class UpdateThing extends PatchType(CreateThing) {}
class Toggle {
  @OptionalNotNull() @IsBoolean() enabled?: boolean;
}

const pipe = createValidationPipe();
const body = (metatype: new () => unknown): ArgumentMetadata => ({ type: 'body', metatype });

async function errorsOf(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
  try {
    await pipe.transform(value, metadata);
  } catch (error) {
    return ((error as HttpException).getResponse() as { errors: unknown }).errors;
  }
  return [];
}

describe('validation: absent is not null', () => {
  it('@OptionalNotNull: absent passes, null is refused by name, wrong types still fail', async () => {
    expect(await errorsOf({}, body(Toggle))).toEqual([]);
    expect(await errorsOf({ enabled: null }, body(Toggle))).toEqual([{ field: 'enabled', message: 'must not be null' }]);
    expect(await errorsOf({ enabled: 'yes' }, body(Toggle))).toEqual([{ field: 'enabled', message: 'must be a boolean value' }]);
  });

  it('PatchType: required fields may be absent but not null; optional ones keep accepting null', async () => {
    expect(await errorsOf({}, body(UpdateThing))).toEqual([]);
    expect(await errorsOf({ note: null }, body(UpdateThing))).toEqual([]);
    expect(await errorsOf({ name: null }, body(UpdateThing))).toEqual([{ field: 'name', message: 'must not be null' }]);
    expect(await errorsOf({ name: 3 }, body(UpdateThing))).toEqual([{ field: 'name', message: 'must be a string' }]);
  });

  it('the global pipe refuses hostile input of a query parameter by its name, before any DTO runs', async () => {
    expect(await errorsOf('ab\u0000', { type: 'query', data: 'q', metatype: String })).toEqual([{ field: 'q', message: 'must not contain NUL characters' }]);
    expect(await errorsOf({ name: 'x\ud800' }, body(CreateThing))).toEqual([{ field: 'name', message: 'must not contain unpaired UTF-16 surrogates' }]);
  });
});
