import { FaultScenario } from './faults/fault-scenario';
import { importWithPostgresCut, importWithRedisKilled } from './faults/import.scenarios';
import { loginStormScenario } from './faults/login-storm.scenario';
import { publishWorkerKill } from './faults/publish-worker-kill.scenario';
import { publishUnderPlatformFaults } from './faults/publish.scenario';
import { segmentationWorkerKill } from './faults/segmentation-worker-kill.scenario';

/**
 * `npm run bench:faults [-- <scenario> …]`: every fault scenario in turn, each on its own
 * database and (where Redis is the fault) its own spawned redis-server, then one summary.
 * A new scenario is a FaultScenario added to this list.
 */
const SCENARIOS: FaultScenario[] = [
  publishUnderPlatformFaults, importWithRedisKilled, importWithPostgresCut, publishWorkerKill, segmentationWorkerKill, loginStormScenario,
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  const summary: Array<[string, boolean]> = [];
  for (const scenario of SCENARIOS.filter((s) => !wanted.length || wanted.includes(s.name))) {
    console.log(`\n=== ${scenario.name}: ${scenario.description}`);
    const outcome = await scenario.run().catch((error: Error) => ({ figures: [['error', error.stack ?? error.message]] as Array<[string, string]>, ok: false }));
    for (const [label, value] of outcome.figures) console.log(`  ${label}: ${value}`);
    summary.push([scenario.name, outcome.ok]);
  }
  console.log('\nfault suite:');
  for (const [name, ok] of summary) console.log(`  ${name.padEnd(28)} ${ok ? 'OK' : 'MISSED'}`);
  if (summary.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().then(() => process.exit(), (error) => {
  console.error(error);
  process.exit(1);
});
