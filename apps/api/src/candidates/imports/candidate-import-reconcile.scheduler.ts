import { Injectable } from '@nestjs/common';
import { reconcileScheduler } from '../../queues/slot-cron';
import { CandidateImportQueue } from './candidate-import.queue';

/**
 * RECONCILE_CRON: one import-reconcile job per time slot (several workers: the scan runs once). While Redis is
 * away nothing is enqueued; the first tick after it is back finds the imports whose jobs it lost.
 */
@Injectable()
export class CandidateImportReconcileScheduler extends reconcileScheduler('candidate-imports-reconcile', CandidateImportQueue) {}
