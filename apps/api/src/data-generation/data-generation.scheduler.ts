import { Injectable } from '@nestjs/common';
import { reconcileScheduler } from '../queues/slot-cron';
import { DataGenerationQueue } from './data-generation.queue';

/** RECONCILE_CRON: one reconcile job per time slot, so with several workers the scan runs once per slot. */
@Injectable()
export class DataGenerationScheduler extends reconcileScheduler('data-generation-reconcile', DataGenerationQueue) {}
