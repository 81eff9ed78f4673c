import type { SegmentationPhase, SegmentationProgress } from '@adflux/segmentation';

/** Phases of a run as shown to users: loading, the library's phases, then writing results. */
export type RunPhase = 'load' | SegmentationPhase | 'write' | 'activate';
export const RUN_PHASES: readonly RunPhase[] = ['load', 'encode', 'select_k', 'train', 'assign', 'profile', 'write', 'activate'];

export interface RunProgress {
  phase: RunPhase;
  /** 0–100 over the whole run. */
  percent: number;
}

/** Milliseconds spent in each phase, plus `total`. */
export type RunTimings = Partial<Record<RunPhase | 'total' | 'place', number>>;

/** Share of the overall percentage each stage covers: load, the library's pipeline, then writing. */
const LOAD_END = 25;
const LIBRARY_END = 85;
const WRITE_END = 99;

/**
 * Turns progress from every stage of a run into one monotonic percentage and per-phase timings.
 * Reports reach the sink (database row + Bull job) on every phase change and otherwise at most
 * every `minIntervalMs`, so a million-row run does not write its row thousands of times.
 * Time between two reports is credited to the phase of the later one: the library reports a
 * phase when a chunk of it is done (select_k only once, at its end).
 */
export class RunProgressTracker {
  private phase: RunPhase | null = null;
  private lastReportAt: number;
  private readonly startedAt: number;
  private lastSentAt = -Infinity;
  private lastSentPercent = -1;
  private readonly spent: RunTimings = {};

  constructor(
    private readonly sink: (progress: RunProgress) => Promise<void> | void,
    private readonly clock: () => number = () => performance.now(),
    private readonly minIntervalMs = 250,
  ) {
    this.startedAt = this.lastReportAt = clock();
  }

  load(fraction: number): Promise<void> {
    return this.update('load', LOAD_END * clamp(fraction));
  }

  library(progress: SegmentationProgress): Promise<void> {
    return this.update(progress.phase, LOAD_END + ((LIBRARY_END - LOAD_END) * progress.percent) / 100);
  }

  write(fraction: number): Promise<void> {
    return this.update('write', LIBRARY_END + (WRITE_END - LIBRARY_END) * clamp(fraction));
  }

  activate(): Promise<void> {
    return this.update('activate', WRITE_END);
  }

  /** Timings so far, with the time since the last report credited to the current phase. */
  timings(): RunTimings {
    const now = this.clock();
    const out: RunTimings = {};
    for (const phase of RUN_PHASES) {
      const ms = (this.spent[phase] ?? 0) + (phase === this.phase ? now - this.lastReportAt : 0);
      if (this.spent[phase] !== undefined || phase === this.phase) out[phase] = Math.round(ms);
    }
    out.total = Math.round(now - this.startedAt);
    return out;
  }

  private async update(phase: RunPhase, rawPercent: number): Promise<void> {
    const now = this.clock();
    this.spent[phase] = (this.spent[phase] ?? 0) + (now - this.lastReportAt);
    this.lastReportAt = now;
    const percent = Math.max(this.lastSentPercent, Math.floor(rawPercent));
    const phaseChanged = phase !== this.phase;
    this.phase = phase;
    if (!phaseChanged && (percent <= this.lastSentPercent || now - this.lastSentAt < this.minIntervalMs)) return;
    this.lastSentAt = now;
    this.lastSentPercent = percent;
    await this.sink({ phase, percent });
  }
}

function clamp(fraction: number): number {
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}
