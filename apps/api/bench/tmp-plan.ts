import { Client } from 'pg';
import { buildCandidateListSql } from '../src/candidates/candidate-list.sql';
(async () => {
  const db = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/adflux_bench_h9k' });
  await db.connect();
  const { text, values } = buildCandidateListSql({ country: 'ES' }, undefined, 50);
  const t0 = process.cpuUsage();
  for (let mode of ['unnamed', 'named', 'generic']) {
    if (mode === 'generic') await db.query('SET plan_cache_mode = force_generic_plan');
    for (let i = 0; i < 30; i++) await db.query(mode === 'unnamed' ? { text, values } : { name: 'x' + mode, text, values });
    const be = (await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const stat = () => require('fs').readFileSync(`/proc/${be}/stat`, 'utf8').split(') ')[1].split(' ');
    const cpu = () => { const f = stat(); return (Number(f[11]) + Number(f[12])) * 10; };
    const c0 = cpu(); const w0 = Date.now();
    for (let i = 0; i < 1000; i++) await db.query(mode === 'unnamed' ? { text, values } : { name: 'x' + mode, text, values });
    console.log(mode, 'backend CPU ms/query', (cpu() - c0) / 1000, 'wall', (Date.now() - w0) / 1000);
  }
  const plan = (await db.query(`EXPLAIN EXECUTE xnamed('ES', 51)`)).rows.map((r) => r['QUERY PLAN']).slice(0, 4);
  console.log(plan.join('\n'));
  await db.end();
})();
