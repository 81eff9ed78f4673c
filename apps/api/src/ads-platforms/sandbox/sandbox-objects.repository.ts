import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DeliveryStatus } from '../ads-platform.port';
import { SandboxObjectRow } from './sandbox-object.entity';
import type { SandboxObject, SandboxObjectType, SandboxStore } from './sandbox-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The sandbox platform's objects in PostgreSQL, so every API and worker process sees the same
 * simulated account. A create is idempotent per (connection, publication key, type) through the
 * table's unique key: a retried step gets the id of the object the first attempt stored, even
 * when two attempts race.
 */
@Injectable()
export class SandboxObjectsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The store one connection's sandbox adapter works on. */
  storeFor(connectionId: string): SandboxStore {
    return {
      createObject: (publicationKey, type, payload, status, at) => this.createObject(connectionId, publicationKey, type, payload, status, at),
      setStatus: (objectId, status, at) => this.setStatus(connectionId, objectId, status, at),
      getObjects: (query) => this.getObjects(connectionId, query),
      updatePayload: (objectId, patch) => this.updatePayload(connectionId, objectId, patch),
    };
  }

  async createObject(connectionId: string, publicationKey: string, type: SandboxObjectType, payload: Record<string, unknown>, status: DeliveryStatus, at: Date): Promise<string> {
    const history = JSON.stringify([{ status, at: at.toISOString() }]);
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO sandbox_objects (connection_id, publication_key, type, payload, status, status_history, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (connection_id, publication_key, type) DO NOTHING
       RETURNING id`,
      [connectionId, publicationKey, type, JSON.stringify(payload), status, history, at],
    );
    if (inserted.length) return inserted[0].id;
    const [existing] = await this.dataSource.query(
      `SELECT id FROM sandbox_objects WHERE connection_id = $1 AND publication_key = $2 AND type = $3`,
      [connectionId, publicationKey, type],
    );
    return existing.id as string;
  }

  async setStatus(connectionId: string, objectId: string, status: DeliveryStatus, at: Date): Promise<void> {
    if (!UUID.test(objectId)) throw new Error(`sandbox object ${objectId} does not exist`);
    // One statement: concurrent status changes cannot both append the same transition.
    const [, affected] = (await this.dataSource.query(
      `UPDATE sandbox_objects
          SET status = $3, status_history = status_history || jsonb_build_array(jsonb_build_object('status', $3::text, 'at', $4::text)), updated_at = now()
        WHERE id = $1 AND connection_id = $2 AND status <> $3`,
      [objectId, connectionId, status, at.toISOString()],
    )) as [unknown, number];
    if (affected > 0) return;
    const exists = await this.rows().exists({ where: { id: objectId, connectionId } });
    if (!exists) throw new Error(`sandbox object ${objectId} does not exist`);
  }

  async updatePayload(connectionId: string, objectId: string, patch: Record<string, unknown>): Promise<void> {
    if (!UUID.test(objectId)) throw new Error(`sandbox object ${objectId} does not exist`);
    const [, affected] = (await this.dataSource.query(
      `UPDATE sandbox_objects SET payload = payload || $3::jsonb, updated_at = now() WHERE id = $1 AND connection_id = $2`,
      [objectId, connectionId, JSON.stringify(patch)],
    )) as [unknown, number];
    if (affected === 0) throw new Error(`sandbox object ${objectId} does not exist`);
  }

  async getObjects(connectionId: string, query: { publicationKey?: string; id?: string }): Promise<SandboxObject[]> {
    if (query.id !== undefined && !UUID.test(query.id)) return [];
    const rows = await this.rows().find({
      where: { connectionId, ...(query.id !== undefined ? { id: query.id } : {}), ...(query.publicationKey !== undefined ? { publicationKey: query.publicationKey } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id, publicationKey: row.publicationKey, type: row.type, payload: row.payload, status: row.status,
      statusHistory: row.statusHistory.map((change) => ({ status: change.status, at: new Date(change.at) })),
      createdAt: row.createdAt,
    }));
  }

  private rows() {
    return this.dataSource.getRepository(SandboxObjectRow);
  }
}
