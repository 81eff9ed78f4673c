import { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemFilter } from './problem.filter';

function respond(exception: unknown) {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: Record<string, unknown> } = {};
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => (headers[name] = value),
    status(code: number) { sent.status = code; return this; },
    type() { return this; },
    send(text: string) { sent.body = JSON.parse(text); return this; },
  };
  const req = { originalUrl: '/api/jobs?x=1', id: 'req-1' };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new ProblemFilter().catch(exception, host);
  return { ...sent, headers };
}

const pgError = (code: string, message = 'boom') => new QueryFailedError('SELECT', [], Object.assign(new Error(message), { code }));

describe('ProblemFilter', () => {
  it('answers 503 with Retry-After when the database is unreachable, without internals', () => {
    const out = respond(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(out.status).toBe(503);
    expect(out.headers['Retry-After']).toBe('5');
    expect(JSON.stringify(out.body)).not.toMatch(/ECONNREFUSED|5432/);
    expect(respond(pgError('57P01', 'terminating connection due to administrator command')).status).toBe(503);
  });

  it.each(['22021', '22008', '22P05', '22P02'])('maps the malformed-value SQLSTATE %s to 400', (code) => {
    expect(respond(pgError(code)).status).toBe(400);
  });

  it('keeps unexpected errors a 500 without Retry-After', () => {
    const out = respond(new TypeError('x is undefined'));
    expect(out.status).toBe(500);
    expect(out.headers['Retry-After']).toBeUndefined();
  });
});
