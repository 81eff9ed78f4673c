/**
 * Storage of the sandbox platform's objects. The Nest module backs it with the database; tests
 * and benchmarks use InMemorySandboxStore.
 */
import { randomUUID } from 'node:crypto';
import type { DeliveryStatus } from '../ads-platform.port';

export type SandboxObjectType = 'campaign' | 'adset' | 'ad';

export interface SandboxStatusChange {
  status: DeliveryStatus;
  at: Date;
}

export interface SandboxObject {
  id: string;
  publicationKey: string;
  type: SandboxObjectType;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  /** Oldest first; the first entry is the status the object was created with. */
  statusHistory: SandboxStatusChange[];
  createdAt: Date;
}

export interface SandboxStore {
  /**
   * Creates the object, or returns the id of the one already stored for (publicationKey, type):
   * like a platform honouring an idempotency key, so a retried create never duplicates.
   */
  createObject(publicationKey: string, type: SandboxObjectType, payload: Record<string, unknown>, status: DeliveryStatus, at: Date): Promise<string>;
  /** Appends to the status history (no-op when the status is unchanged). Throws for unknown ids. */
  setStatus(objectId: string, status: DeliveryStatus, at: Date): Promise<void>;
  getObjects(query: { publicationKey?: string; id?: string }): Promise<SandboxObject[]>;
  /** Merges `patch` into the object's payload (an edit of a live campaign). Throws for unknown ids. */
  updatePayload(objectId: string, patch: Record<string, unknown>): Promise<void>;
}

export class InMemorySandboxStore implements SandboxStore {
  private readonly objects = new Map<string, SandboxObject>();

  async createObject(publicationKey: string, type: SandboxObjectType, payload: Record<string, unknown>, status: DeliveryStatus, at: Date): Promise<string> {
    const existing = [...this.objects.values()].find((o) => o.publicationKey === publicationKey && o.type === type);
    if (existing) return existing.id;
    const id = `sbx_${type}_${randomUUID()}`;
    this.objects.set(id, { id, publicationKey, type, payload: structuredClone(payload), status, statusHistory: [{ status, at }], createdAt: at });
    return id;
  }

  async setStatus(objectId: string, status: DeliveryStatus, at: Date): Promise<void> {
    const object = this.objects.get(objectId);
    if (!object) throw new Error(`sandbox object ${objectId} does not exist`);
    if (object.status === status) return;
    object.status = status;
    object.statusHistory.push({ status, at });
  }

  async getObjects(query: { publicationKey?: string; id?: string }): Promise<SandboxObject[]> {
    return [...this.objects.values()]
      .filter((o) => (query.id === undefined || o.id === query.id) && (query.publicationKey === undefined || o.publicationKey === query.publicationKey))
      .map((o) => structuredClone(o));
  }

  async updatePayload(objectId: string, patch: Record<string, unknown>): Promise<void> {
    const object = this.objects.get(objectId);
    if (!object) throw new Error(`sandbox object ${objectId} does not exist`);
    object.payload = { ...object.payload, ...structuredClone(patch) };
  }

  /** Test/benchmark helper: every stored object. */
  all(): SandboxObject[] {
    return [...this.objects.values()].map((o) => structuredClone(o));
  }
}
