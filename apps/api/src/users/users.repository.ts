import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { transactionWithRetry, Tx } from '../database/transaction-retry';
import { User } from './user.entity';
import { IdName, namesByIds } from '../database/names-by-ids';

export type UserChanges = Partial<Pick<User, 'name' | 'role' | 'active'>>;

/** The users table; `tx` methods run inside `transaction(...)`. */
@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.dataSource, 'users', 'name', ids);
  }

  /** Retried on deadlock/serialization failure; `work` must touch the database only through `tx`. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return transactionWithRetry(this.dataSource, work);
  }

  list(): Promise<User[]> {
    return this.users.find({ order: { createdAt: 'ASC' } });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  /** With the password hash, which is never selected otherwise. */
  findWithPasswordHash(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  existsByEmail(email: string): Promise<boolean> {
    return this.users.existsBy({ email });
  }

  insert(row: Pick<User, 'email' | 'name' | 'role' | 'passwordHash' | 'active'>): Promise<User> {
    return this.users.save(this.users.create(row));
  }

  async touchLastLogin(id: string, at: Date): Promise<void> {
    await this.users.update(id, { lastLoginAt: at });
  }

  /**
   * Locks every active admin row, in id order so concurrent callers queue instead of deadlocking.
   * A caller that waited sees the rows as committed by the one before it (READ COMMITTED re-check).
   */
  async lockActiveAdmins(tx: Tx): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
    return rows.map((r) => r.id);
  }

  lockById(tx: Tx, id: string): Promise<User | null> {
    return tx.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(tx: Tx, id: string, changes: UserChanges): Promise<void> {
    await tx.getRepository(User).update(id, changes);
  }

  async setPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.getRepository(User).update(id, { passwordHash });
  }
}
