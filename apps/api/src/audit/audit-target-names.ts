import { Injectable, type Provider, type Type } from '@nestjs/common';
import type { IdName } from '../database/names-by-ids';

/** The names of some targets of one type, by id, in one batched lookup. */
export type TargetNamer = (ids: string[]) => Promise<IdName[]>;

/**
 * Audit entries name their target by type and id; the module that owns each target type tells the
 * log what its rows are called (audit reads no other module's tables). Listing a page costs one
 * lookup per target type on the page, never one per entry.
 */
@Injectable()
export class AuditTargetNames {
  private readonly namers = new Map<string, TargetNamer>();

  register(targetType: string, namer: TargetNamer): void {
    this.namers.set(targetType, namer);
  }

  /** `type:id` → name, for the entries' targets that still exist (a deleted target has none). */
  async resolve(targets: ReadonlyArray<{ targetType: string | null; targetId: string | null }>): Promise<Map<string, string>> {
    const idsByType = new Map<string, Set<string>>();
    for (const { targetType, targetId } of targets) {
      if (targetType && targetId && this.namers.has(targetType)) idsByType.set(targetType, (idsByType.get(targetType) ?? new Set()).add(targetId));
    }
    const names = new Map<string, string>();
    await Promise.all(
      [...idsByType].map(async ([type, ids]) => {
        for (const row of await this.namers.get(type)!([...ids])) names.set(targetKey(type, row.id), row.name);
      }),
    );
    return names;
  }
}

export const targetKey = (type: string, id: string) => `${type}:${id}`;

/**
 * A provider that registers how `targetType` rows are named, for the owning module's `providers`:
 * `auditTargetNamer('job', JobsRepository, (jobs, ids) => jobs.names(ids))`.
 */
export function auditTargetNamer<S>(targetType: string, source: Type<S>, names: (source: S, ids: string[]) => Promise<IdName[]>): Provider {
  return {
    provide: `audit-target-namer:${targetType}`,
    inject: [AuditTargetNames, source],
    useFactory: (registry: AuditTargetNames, owner: S) => {
      registry.register(targetType, (ids) => names(owner, ids));
      return targetType;
    },
  };
}
