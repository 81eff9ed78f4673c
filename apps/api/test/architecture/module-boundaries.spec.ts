import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { crossModuleImport, rule, SHARED_FOLDERS } from '../../../../scripts/eslint/module-boundaries.cjs';

const root = resolve(__dirname, '../../../..');
const src = join(root, 'apps/api/src');
const at = (file: string) => join(src, file);
const options = [{ srcRoot: src, shared: SHARED_FOLDERS }];

describe('adflux/module-boundaries', () => {
  const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });

  tester.run('module-boundaries', rule, {
    valid: [
      { filename: at('campaigns/campaign-inputs.ts'), code: "import { JobsService } from '../jobs';", options },
      { filename: at('campaigns/campaign-inputs.ts'), code: "import { JobsService } from '../jobs/index';", options },
      { filename: at('campaigns/dto/campaign.dto.ts'), code: "import { PLATFORM_KINDS } from '../../ads-platforms/ads-platforms.api';", options },
      { filename: at('auth/session.entity.ts'), code: "import { User } from '../users/user.api';", options },
      { filename: at('campaigns/publishing/x.ts'), code: "import { fieldProblem } from '../../common/problem';\nimport { Tx } from '../../database/transaction-retry';", options },
      { filename: at('campaigns/publishing/x.ts'), code: "import { CampaignTimeline } from '../campaign-timeline.repository';", options },
      { filename: at('http/export-contract.ts'), code: "import { AppModule } from '../app.module';", options },
      { filename: at('app.module.ts'), code: "import { JobsModule } from './jobs/jobs.module';", options },
      { filename: at('jobs/jobs.service.ts'), code: "import { Repository } from 'typeorm';", options },
      { filename: join(root, 'apps/api/test/harness.ts'), code: "import { JobsRepository } from '../src/jobs/jobs.repository';", options },
    ],
    invalid: [
      { filename: at('campaigns/campaign-inputs.ts'), code: "import { JobsService } from '../jobs/jobs.service';", options,
        errors: [{ messageId: 'deep', data: { specifier: '../jobs/jobs.service', toModule: 'jobs', entry: '../jobs' } }] },
      { filename: at('campaigns/publishing/x.ts'), code: "import type { PublishSpec } from '../../ads-platforms/ads-platform.port';", options,
        errors: [{ messageId: 'deep', data: { specifier: '../../ads-platforms/ads-platform.port', toModule: 'ads-platforms', entry: '../../ads-platforms' } }] },
      { filename: at('campaigns/index.ts'), code: "export * from '../jobs/job-enums';\nexport { isFinal } from '../jobs/job-status';", options,
        errors: [{ messageId: 'deep' }, { messageId: 'deep' }] },
      { filename: at('campaigns/x.spec.ts'), code: "jest.mock('../jobs/jobs.service');\nconst m = require('../jobs/new-job');\nvoid import('../jobs/job-rules');\nexport { m };", options,
        errors: [{ messageId: 'deep' }, { messageId: 'deep' }, { messageId: 'deep' }] },
      // Only a *.api.ts at the module's root is an entry; one in a sub-folder is still internal.
      { filename: at('campaigns/x.ts'), code: "import { x } from '../jobs/dto/jobs.api';", options, errors: [{ messageId: 'deep' }] },
      // Shared plumbing may be imported deep, but it may not reach into a feature module either.
      { filename: at('common/x.ts'), code: "import { actorOf } from '../auth/principal';", options,
        errors: [{ messageId: 'deep', data: { specifier: '../auth/principal', toModule: 'auth', entry: '../auth' } }] },
    ],
  });
});

describe('crossModuleImport (shared with npm run arch)', () => {
  it('classifies crossings, entries and non-crossings', () => {
    expect(crossModuleImport(at('campaigns/a.ts'), '../jobs', src)).toEqual({ fromModule: 'campaigns', toModule: 'jobs', target: 'jobs', deep: false });
    expect(crossModuleImport(at('campaigns/a.ts'), '../jobs/jobs.service', src)).toMatchObject({ toModule: 'jobs', deep: true });
    expect(crossModuleImport(at('campaigns/a.ts'), '../ads-platforms/ads-platforms.api', src)).toMatchObject({ deep: false });
    expect(crossModuleImport(at('campaigns/a.ts'), './b', src)).toBeNull();
    expect(crossModuleImport(at('campaigns/a.ts'), '../queues/slot-cron', src)).toBeNull();
    expect(crossModuleImport(at('http/openapi.ts'), '../app.module', src)).toBeNull();
    expect(crossModuleImport(at('campaigns/a.ts'), '@nestjs/common', src)).toBeNull();
  });
});

describe('the repository lint configuration', () => {
  // Runs the real ESLint CLI with eslint.config.mjs on a probe file, so a rule dropped from the config fails here.
  const lint = (file: string, code: string) =>
    spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file], { cwd: root, input: code, encoding: 'utf8' });

  it('refuses a deep import into another module and accepts the same import through its index', () => {
    const bad = lint('apps/api/src/campaigns/boundary-probe.ts', "import { JobsService } from '../jobs/jobs.service';\nexport const probe = JobsService;\n");
    expect(bad.status).toBe(1);
    const [report] = JSON.parse(bad.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(report.messages.map((m) => m.ruleId)).toEqual(['adflux/module-boundaries']);
    expect(report.messages[0].message).toContain("import it from '../jobs'");

    const good = lint('apps/api/src/campaigns/boundary-probe.ts', "import { JobsService } from '../jobs';\nexport const probe = JobsService;\n");
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
  }, 60_000);
});
