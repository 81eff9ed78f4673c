import { jobRuleErrors, JobRuleFields, todayUtc } from './job-rules';

const TODAY = '2030-06-15';
const base: JobRuleFields = { salaryMin: null, salaryMax: null, salaryCurrency: null, closingDate: null };
const fields = (job: Partial<JobRuleFields>, given: string[] = Object.keys(job)) =>
  jobRuleErrors({ ...base, ...job }, new Set(given), TODAY).map((e) => e.field);

describe('job cross-field rules', () => {
  it('accepts a complete, consistent job and one without salary', () => {
    expect(fields({ salaryMin: 50_000, salaryMax: 70_000, salaryCurrency: 'EUR', closingDate: TODAY })).toEqual([]);
    expect(fields({ salaryMin: 60_000, salaryMax: 60_000, salaryCurrency: 'EUR' })).toEqual([]);
    expect(fields({ salaryMax: 60_000, salaryCurrency: 'EUR' })).toEqual([]);
    expect(fields({})).toEqual([]);
  });

  it('names salaryMax when min > max, or salaryMin when only the minimum was sent', () => {
    expect(fields({ salaryMin: 80_000, salaryMax: 70_000, salaryCurrency: 'EUR' })).toEqual(['salaryMax']);
    expect(fields({ salaryMin: 80_000, salaryMax: 70_000, salaryCurrency: 'EUR' }, ['salaryMin'])).toEqual(['salaryMin']);
    expect(fields({ salaryMin: 80_000, salaryMax: 70_000, salaryCurrency: 'EUR' }, ['salaryMax'])).toEqual(['salaryMax']);
  });

  it('requires a currency with an amount, and an amount with a currency', () => {
    expect(fields({ salaryMin: 1 })).toEqual(['salaryCurrency']);
    expect(fields({ salaryCurrency: 'EUR' })).toEqual(['salaryCurrency']);
  });

  it('refuses a past closing date only when it is sent', () => {
    expect(fields({ closingDate: '2030-06-14' })).toEqual(['closingDate']);
    expect(fields({ closingDate: '2030-06-14' }, [])).toEqual([]);
    expect(fields({ closingDate: '2030-06-16' })).toEqual([]);
  });

  it('computes today in UTC', () => {
    expect(todayUtc(new Date('2030-01-01T23:30:00-05:00'))).toBe('2030-01-02');
  });
});
