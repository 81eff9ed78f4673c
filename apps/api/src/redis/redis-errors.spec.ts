import { EventEmitter } from 'node:events';
import type { Logger } from '@nestjs/common';
import { logRedisErrors } from './redis-errors';

describe('logRedisErrors', () => {
  it("handles 'error' events (no crash) and logs a burst of them once", () => {
    const warnings: unknown[] = [];
    const client = logRedisErrors(new EventEmitter(), 'shared', { warn: (o: unknown) => warnings.push(o) } as unknown as Logger);
    for (let i = 0; i < 5; i++) expect(() => client.emit('error', new Error('connect ECONNREFUSED'))).not.toThrow();
    expect(warnings).toEqual([{ client: 'shared', err: 'connect ECONNREFUSED' }]);
  });
});
