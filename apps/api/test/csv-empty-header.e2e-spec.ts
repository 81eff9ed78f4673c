import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';

/**
 * Every table a GET answers can be exported with `?format=csv` (CsvInterceptor). An empty table
 * still gets its header row: the columns its route declares in the contract. The routes come from
 * the committed contract, so a new table view is covered automatically.
 */
const spec = JSON.parse(readFileSync(join(__dirname, '../../../libs/api-contract/openapi.json'), 'utf8'));
type Schema = { $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema>; allOf?: Schema[] };
const resolve = (s: Schema | undefined): Schema | undefined => (s?.$ref ? spec.components.schemas[s.$ref.split('/').pop()!] : s?.allOf?.length === 1 ? resolve(s.allOf[0]) : s);

/** The row schema of a table response (the array, or its `items` / `rows`), when rows are objects. */
function rowSchema(body: Schema | undefined): Schema | undefined {
  const list = body?.type === 'array' ? body : (body?.properties?.items ?? body?.properties?.rows);
  const row = list?.type === 'array' ? resolve(list.items) : undefined;
  return row?.properties ? row : undefined;
}

const tables = Object.entries(spec.paths as Record<string, { get?: { parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }>)
  .filter(([path, item]) => item.get && !path.includes('{'))
  .flatMap(([path, item]) => {
    const row = rowSchema(resolve(item.get!.responses['200']?.content?.['application/json']?.schema));
    if (!row) return [];
    const required = (item.get!.parameters ?? []).filter((p) => p.required && p.in === 'query').map((p) => `&${p.name}=00000000-0000-4000-8000-000000000000`);
    return [{ path, url: `${path}?format=csv${required.join('')}`, firstColumn: Object.keys(row.properties!)[0] }];
  });

describe('CSV exports keep the header row on an empty table (integration)', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  it('the contract lists the table views', () => {
    expect(tables.map((x) => x.path)).toEqual(expect.arrayContaining(['/api/jobs', '/api/campaigns', '/api/candidates', '/api/dashboard/breakdown', '/api/api-tokens']));
  });

  it('every table view exports its columns as the first line, rows or not', async () => {
    const empty: string[] = [];
    const problems: string[] = [];
    for (const table of tables) {
      const res = await admin.get(table.url);
      if (res.status !== 200 || !/^text\/csv/.test(res.headers['content-type'] ?? '')) {
        problems.push(`${table.url}: ${res.status} ${res.headers['content-type']}`);
        continue;
      }
      const [header, ...rest] = res.text.split('\r\n').filter((line) => line !== '');
      if (!header?.split(',').some((c) => c === table.firstColumn || c.startsWith(`${table.firstColumn}.`) || c.startsWith(`${table.firstColumn.replace(/Minor$/, '')} (`))) {
        problems.push(`${table.url}: header ${JSON.stringify(header)} lacks ${table.firstColumn}`);
      }
      if (rest.length === 0) empty.push(table.path);
    }
    expect(problems).toEqual([]);
    // Most tables are empty on a fresh database: the case this test is about.
    expect(empty).toEqual(expect.arrayContaining(['/api/jobs', '/api/campaigns', '/api/candidates', '/api/dashboard/breakdown', '/api/api-tokens', '/api/automation-rules']));
  });

  it('an empty breakdown names its money columns with the currency, as a full one does', async () => {
    const res = await admin.get('/api/dashboard/breakdown?by=campaign&format=csv').expect(200);
    const header = res.text.split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['key', 'label', 'impressions', 'clicks', 'applications']));
    expect(header.some((c) => /^spend \([A-Z]{3}\)$/.test(c))).toBe(true);
    expect(res.text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
