import type { INestApplicationContext } from '@nestjs/common';
import type { Print } from './cli-output';
import { withApp } from './cli-context';

/** What commands write to and run in; tests pass their own (captured output, the test's application). */
export interface CliRuntime {
  /** stdout: a command's result */
  print: Print;
  /** stderr: progress and summaries, when stdout carries data (export) */
  note: Print;
  /** runs work inside the application (booted for the command, closed after) */
  withApp: <T>(work: (app: INestApplicationContext) => Promise<T>) => Promise<T>;
}

export const processRuntime: CliRuntime = {
  print: (line) => console.log(line),
  note: (line) => console.error(line),
  withApp,
};
