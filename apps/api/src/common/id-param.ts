import { Param, ParseUUIDPipe } from '@nestjs/common';
import { fieldProblem } from './problem';

/** `:id` path parameter that must be a UUID; anything else is a 400 naming the field. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => fieldProblem(400, name, 'must be a UUID') }));
