import { ProblemException } from '../../common/problem';
import { parseTargetingOverrides } from './targeting-input';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const kinds = new Map([[A, 'meta' as const], [B, 'google' as const]]);
const valid = (over: Record<string, unknown> = {}) => ({
  connectionId: A, countries: ['us'], cities: [{ name: ' Austin ', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing'], keywords: [], ...over,
});

function problemOf(fn: () => unknown): { status: number; errors: { field: string; message: string }[] } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ProblemException);
    const body = (err as ProblemException).getResponse() as { errors: { field: string; message: string }[] };
    return { status: (err as ProblemException).getStatus(), errors: body.errors };
  }
  throw new Error('expected a problem');
}

describe('parseTargetingOverrides', () => {
  it('parses and normalises valid overrides by connection', () => {
    const out = parseTargetingOverrides([valid(), valid({ connectionId: B, cities: [] })], kinds);
    expect(out.get(A)).toEqual({ countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing'], keywords: [] });
    expect(out.get(B)!.cities).toEqual([]);
  });

  it('rejects forbidden targeting keys with 422 naming the rule', () => {
    const p = problemOf(() => parseTargetingOverrides([valid(), valid({ connectionId: B, genders: ['female'], age_max: 40 })], kinds));
    expect(p.status).toBe(422);
    expect(p.errors.map((e) => e.field).sort()).toEqual(['targeting[1].age_max', 'targeting[1].genders']);
    expect(p.errors.find((e) => e.field === 'targeting[1].genders')!.message).toMatch(/may not target or exclude by gender/);
  });

  it('rejects ZIP codes nested inside cities', () => {
    const p = problemOf(() => parseTargetingOverrides([valid({ cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40, zip: '78701' }] })], kinds));
    expect(p.status).toBe(422);
    expect(p.errors[0].field).toBe('targeting[0].cities[0].zip');
  });

  it('rejects unknown keys and bad shapes with 400', () => {
    expect(problemOf(() => parseTargetingOverrides([valid({ colour: 'blue' })], kinds)).status).toBe(400);
    const p = problemOf(() => parseTargetingOverrides([valid({ countries: ['XX'] })], kinds));
    expect(p.status).toBe(400);
    expect(p.errors[0].field).toBe('targeting[0].countries');
  });

  it('rejects connections that are not the campaign ones, and duplicates', () => {
    expect(problemOf(() => parseTargetingOverrides([valid({ connectionId: '33333333-3333-4333-8333-333333333333' })], kinds)).status).toBe(422);
    expect(problemOf(() => parseTargetingOverrides([valid(), valid()], kinds)).errors[0].field).toBe('targeting[1].connectionId');
  });
});
