import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Command, CommanderError } from 'commander';
import { buildCli } from '../src/cli/cli-commands';
import { describeError } from '../src/cli/cli-context';
import { TEST_ENV } from './test-env';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BIN = join(__dirname, '../bin/adflux.js');

/** Runs `adflux …` as a separate process (the real entry, from the sources) against the test database and Redis. */
export function adfluxProcess(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...TEST_ENV, ADFLUX_CLI_SOURCE: '1' };
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += String(c)));
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Commander errors (bad option, unknown command) throw instead of exiting, and its messages are captured. */
function inProcess(command: Command, stderr: string[]): void {
  command.exitOverride().configureOutput({ writeOut: () => undefined, writeErr: (s) => void stderr.push(s.trimEnd()) });
  for (const sub of command.commands) inProcess(sub, stderr);
}

/**
 * The same command tree as `adflux`, run in the test's process against the test's application (no boot per
 * command): for tests of the commands' logic. Exit code and output follow adflux.cli.ts.
 */
export async function adfluxIn(app: INestApplicationContext, ...args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const program = buildCli({ print: (l) => void stdout.push(l), note: (l) => void stderr.push(l), withApp: (work) => work(app) });
  inProcess(program, stderr);
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else {
      stderr.push(`adflux: ${describeError(error)}`);
      code = 1;
    }
  }
  return { code, stdout: stdout.map((l) => `${l}\n`).join(''), stderr: stderr.join('\n') };
}
