import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';

/** Writes a line, waiting for the stream to drain when its buffer is full (memory stays flat on big tables). */
async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/**
 * `adflux export json`: every table as JSON Lines, `{"table": "...", "row": {...}}` per row, streamed through a
 * cursor from one snapshot; password and token hashes, CSRF tokens and encrypted credentials are redacted.
 */
export function exportCommand({ note }: CliRuntime): Command {
  const exportCmd = new Command('export').description('Export data');
  exportCmd
    .command('json')
    .description('Every table as JSON Lines ({"table", "row"} per line) on stdout or --out; secrets are redacted')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--tables <names>', 'only these tables (comma-separated)')
    .action(async (options: { out?: string; tables?: string }) => {
      const [{ appConfig }, { exportDatabase }] = await Promise.all([import('../../config/app-config'), import('../../database/table-export')]);
      const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
      const counts = new Map<string, number>();
      try {
        for await (const { table, row } of exportDatabase(appConfig().databaseUrl, options.tables?.split(',').map((t) => t.trim()))) {
          counts.set(table, (counts.get(table) ?? 0) + 1);
          await writeLine(out, JSON.stringify({ table, row }));
        }
      } finally {
        if (options.out) await new Promise((resolve) => out.end(resolve));
      }
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      // The summary goes to stderr: stdout may be the export itself.
      note(`exported ${total} row(s) from ${counts.size} non-empty table(s)${options.out ? ` to ${options.out}` : ''}`);
    });
  return exportCmd;
}
