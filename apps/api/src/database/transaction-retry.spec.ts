import type { DataSource } from 'typeorm';
import { isRetryableTransactionError, transactionWithRetry } from './transaction-retry';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { driverError: { code } });

describe('transactionWithRetry', () => {
  const dataSource = (outcomes: (Error | string)[]) => {
    const transaction = jest.fn(async (work: (tx: unknown) => Promise<unknown>) => {
      const next = outcomes.shift();
      if (next instanceof Error) throw next;
      return work('tx');
    });
    return { transaction } as unknown as DataSource & { transaction: jest.Mock };
  };

  it('runs the work again after a deadlock or a serialization failure', async () => {
    const ds = dataSource([pgError('40P01'), pgError('40001'), 'ok']);
    await expect(transactionWithRetry(ds, async (tx) => `done with ${String(tx)}`)).resolves.toBe('done with tx');
    expect(ds.transaction).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last attempt and rethrows the database error', async () => {
    const ds = dataSource([pgError('40P01'), pgError('40P01')]);
    await expect(transactionWithRetry(ds, async () => 'never', 2)).rejects.toThrow('pg 40P01');
    expect(ds.transaction).toHaveBeenCalledTimes(2);
  });

  it('never retries other errors (a unique violation, a 4xx thrown by the work)', async () => {
    const ds = dataSource([pgError('23505')]);
    await expect(transactionWithRetry(ds, async () => 'never')).rejects.toThrow('pg 23505');
    expect(ds.transaction).toHaveBeenCalledTimes(1);
    expect(isRetryableTransactionError(new Error('plain'))).toBe(false);
    expect(isRetryableTransactionError({ code: '40P01' })).toBe(true);
  });
});
