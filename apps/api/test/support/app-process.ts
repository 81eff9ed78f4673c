import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../private-redis';

/**
 * The application as production runs it (src/main.ts) in a child process with APP_ROLE api or
 * worker, for tests of several processes sharing PostgreSQL and Redis.
 */
export class AppProcess {
  private stderr = '';
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess, readonly port: number | null) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr?.on('data', (c) => (this.stderr = (this.stderr + String(c)).slice(-4000)));
  }

  static async start(role: 'api' | 'worker', env: Record<string, string>): Promise<AppProcess> {
    const port = role === 'api' ? await freePort() : null;
    const child = fork(join(__dirname, '../../src/main.ts'), [], {
      env: { ...process.env, ...env, APP_ROLE: role, ...(port ? { PORT: String(port) } : {}) },
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return new AppProcess(child, port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Until /api/health answers (api processes). */
  async ready(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`process exited early: ${this.stderr}`);
      const ok = await fetch(`${this.url}/api/health`).then((r) => r.status < 500, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`process not ready: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
