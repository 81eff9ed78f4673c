import { QueryFailedError } from 'typeorm';
import { isDependencyUnavailable } from './dependency-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDependencyUnavailable', () => {
  it.each([
    ['pool connect refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['dual-stack refusal (AggregateError)', Object.assign(new AggregateError([withCode('x', 'ECONNREFUSED')], ''), { code: 'ECONNREFUSED' })],
    ['connection cut mid-query', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['admin shutdown 57P01', new QueryFailedError('SELECT 1', [], withCode('terminating connection due to administrator command', '57P01'))],
    ['cannot connect now 57P03', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped in cause', new Error('outer', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
    ['ioredis closed', new Error('Connection is closed.')],
  ])('%s → unavailable', (_label, error) => {
    expect(isDependencyUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key', '23505'))],
    ['bad input', new QueryFailedError('SELECT', [], withCode('invalid input syntax', '22P02'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'boom'],
    ['null', null],
  ])('%s → not a dependency outage', (_label, error) => {
    expect(isDependencyUnavailable(error)).toBe(false);
  });
});
