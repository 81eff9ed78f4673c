import type { EntityManager } from 'typeorm';

/**
 * A transaction-scoped handle as services see it: opaque, only passed on to repositories (which
 * run their statements on it), so a service never touches the EntityManager itself.
 */
export type Tx = EntityManager;
