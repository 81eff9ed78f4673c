// Progress reporting for the pipeline. Each report also yields to the event loop, so a long run
// inside an API worker does not starve timers (queue lock renewals, health checks).
import { SegmentationError } from './errors';
import type { ProgressCallback, SegmentationPhase } from './types';

/** Rough share of the run time of each phase, to turn phase progress into overall progress. */
const WEIGHTS: Record<SegmentationPhase, number> = { encode: 20, select_k: 20, train: 30, assign: 15, profile: 15 };
const ORDER: SegmentationPhase[] = ['encode', 'select_k', 'train', 'assign', 'profile'];

export class ProgressReporter {
  private last = '';

  constructor(
    private readonly callback: ProgressCallback | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Reports `fraction` (0–1) of `phase`, then yields; throws if the run was aborted. */
  async report(phase: SegmentationPhase, fraction: number): Promise<void> {
    this.checkAborted();
    const phasePercent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    const before = ORDER.slice(0, ORDER.indexOf(phase)).reduce((s, p) => s + WEIGHTS[p], 0);
    const percent = Math.round(before + (WEIGHTS[phase] * phasePercent) / 100);
    const key = `${phase}:${phasePercent}`;
    if (key !== this.last) {
      this.last = key;
      await this.callback?.({ phase, phasePercent, percent });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.checkAborted();
  }

  checkAborted(): void {
    if (this.signal?.aborted) throw new SegmentationError('ABORTED', 'Segmentation run aborted');
  }
}
