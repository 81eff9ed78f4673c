import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { Writable } from 'node:stream';
import { requestLogger } from './request-logger';
import { redactQuery, redactUrl } from './redact-url';

describe('redactUrl', () => {
  it.each([
    ['/api/jobs?access_token=afx_secret&q=nurse', '/api/jobs?access_token=[redacted]&q=nurse'],
    ['/x?token=a&password=b&client_secret=c&api_key=d&X-Amz-Signature=e&sig=f&code=g', '/x?token=[redacted]&password=[redacted]&client_secret=[redacted]&api_key=[redacted]&X-Amz-Signature=[redacted]&sig=[redacted]&code=[redacted]'],
    ['/x?access%5Ftoken=s3cret', '/x?access%5Ftoken=[redacted]'],
    ['/x?limit=5&sort=name', '/x?limit=5&sort=name'],
    ['/api/health', '/api/health'],
    ['/x?%E0%A4%A=1', '/x?%E0%A4%A=1'],
  ])('%s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('redactQuery', () => {
  it('redacts secret-looking names and keeps the rest', () => {
    expect(redactQuery({ access_token: 'a', apiKey: 'b', q: 'nurse', limit: '5' })).toEqual({ access_token: '[redacted]', apiKey: '[redacted]', q: 'nurse', limit: '5' });
  });
});

describe('requestLogger', () => {
  it('never writes a query-string secret to the access log', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const app = express();
    app.use(requestLogger(pino({ level: 'info' }, sink)));
    app.get('/api/auth/me', (_req, res) => res.json({ ok: true }));
    await request(app).get('/api/auth/me?access_token=afx_leak_me&limit=5').expect(200);
    const log = lines.join('');
    expect(log).toContain('/api/auth/me?access_token=[redacted]&limit=5');
    expect(log).not.toContain('afx_leak_me');
  });
});
