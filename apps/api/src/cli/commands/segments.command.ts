import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { printRows, uuidArg, wholeNumber } from '../cli-output';
import { validated } from '../cli-context';

const loadSegments = () => import('../../segments');

/** `adflux segments …`: the same services as the Segments page (one run in flight, activation rules, audit). */
export function segmentsCommand({ print, withApp }: CliRuntime): Command {
  const segments = new Command('segments').description('Candidate segmentation (K-means runs and their segments)');
  segments
    .command('run')
    .description('Queue a segmentation run (a worker trains it); fixed --k or k chosen by silhouette in --k-min..--k-max')
    .option('--k <n>', 'fixed number of segments', wholeNumber(0))
    .option('--k-min <n>', 'smallest k tried', wholeNumber(0))
    .option('--k-max <n>', 'largest k tried', wholeNumber(0))
    .option('--sample-cap <n>', 'candidates K-means is trained on', wholeNumber(0))
    .option('--seed <n>', 'random seed', wholeNumber(0))
    .action(async (options: Record<string, number>) => {
      const { CreateSegmentationRunDto, SegmentationRunsService } = await loadSegments();
      const dto = await validated(CreateSegmentationRunDto, options);
      await withApp(async (app) => {
        const run = await app.get(SegmentationRunsService).request(dto, undefined);
        print(`queued segmentation run ${run.id}; a worker trains it ("adflux segments list --run ${run.id}" once it succeeded)`);
      });
    });
  segments
    .command('activate')
    .description('Make a succeeded run the current segmentation')
    .argument('<run-id>', 'segmentation run id', uuidArg)
    .action((runId: string) =>
      withApp(async (app) => {
        const { SegmentationRunsService } = await loadSegments();
        const run = await app.get(SegmentationRunsService).activate(runId, undefined);
        print(`run ${run.id} is now the current segmentation (k = ${run.k})`);
      }),
    );
  segments
    .command('list')
    .description('Segments of the current segmentation, or of --run')
    .option('--run <run-id>', 'segments of this run instead', uuidArg)
    .option('--json', 'print JSON')
    .action((options: { run?: string; json?: boolean }) =>
      withApp(async (app) => {
        const { SegmentsService } = await loadSegments();
        const list = await app.get(SegmentsService).list({ runId: options.run });
        if (options.json) return printRows(print, list.items, true);
        if (!list.run) return print('no segmentation is active yet ("adflux segments run", then "adflux segments activate <run-id>")');
        print(`run ${list.run.id} (${list.run.status}${list.run.active ? ', active' : ''}, k = ${list.run.k ?? '—'})`);
        printRows(print, list.items.map((s) => ({ id: s.id, index: s.index, name: s.name, size: s.size, share: `${(s.share * 100).toFixed(1)}%` })));
      }),
    );
  return segments;
}
