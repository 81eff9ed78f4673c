import { Injectable } from '@nestjs/common';
import { reconcileScheduler } from '../../queues/slot-cron';
import { PublishQueue } from '../campaigns.queue';

/** RECONCILE_CRON: one reconcile job per time slot, so with several workers the scan runs once per slot. */
@Injectable()
export class ReconcileScheduler extends reconcileScheduler('campaigns-reconcile', PublishQueue) {}
