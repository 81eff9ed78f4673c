/** One fault scenario of `npm run bench:faults`: runs on its own database and Redis, returns its figures. */
export interface FaultScenario {
  /** Short name to select it: `npm run bench:faults -- import-redis-kill`. */
  name: string;
  /** What is broken, in one line. */
  description: string;
  run(): Promise<FaultOutcome>;
}

export interface FaultOutcome {
  /** Printed in order as `label: value`. */
  figures: Array<[string, string | number]>;
  /** The scenario's target held (e.g. rows lost = 0, duplicates = 0). */
  ok: boolean;
}
