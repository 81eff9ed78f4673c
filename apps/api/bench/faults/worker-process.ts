import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/**
 * A worker process of the app as production runs it (`APP_ROLE=worker`, src/main.ts), so the fault
 * suite can crash it with SIGKILL: no shutdown hook runs, its Bull jobs stay locked until the lock
 * expires and another worker's stalled-job check hands them out again.
 */
export class WorkerProcess {
  private exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static start(env: Record<string, string>): WorkerProcess {
    const child = fork(join(__dirname, '../../src/main.ts'), [], {
      env: { ...process.env, ...env, APP_ROLE: 'worker' },
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new WorkerProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** kill -9, and wait until the process is gone. */
  async crash(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
