import { normalizeField, publicFieldNames, secretFieldNames, splitFields } from './connection-fields';

describe('connection fields', () => {
  it('splits submitted values into public settings and secrets per kind, dropping unknown keys', () => {
    expect(splitFields('meta', { accessToken: 't', appSecret: 's', adAccountId: 'act_1', pageId: '2', appId: '3', currency: 'USD', other: 'x' })).toEqual({
      publicValues: { adAccountId: 'act_1', pageId: '2', appId: '3', currency: 'USD' },
      secretValues: { accessToken: 't', appSecret: 's' },
    });
    expect(splitFields('sandbox', { accessToken: 't', timeZone: 'UTC' })).toEqual({ publicValues: { timeZone: 'UTC' }, secretValues: {} });
  });

  it('never lists a field as both public and secret', () => {
    for (const kind of ['meta', 'google', 'sandbox'] as const) {
      const secret = secretFieldNames(kind);
      expect(publicFieldNames(kind).filter((f) => secret.includes(f))).toEqual([]);
    }
  });

  it('normalizes Meta ad accounts to act_<digits> and Google customer ids to 10 digits', () => {
    expect(normalizeField('meta', 'adAccountId', '123')).toBe('act_123');
    expect(normalizeField('meta', 'adAccountId', 'act_123')).toBe('act_123');
    expect(normalizeField('google', 'customerId', '123-456-7890')).toBe('1234567890');
    expect(normalizeField('google', 'loginCustomerId', ' 9876543210 ')).toBe('9876543210');
    expect(normalizeField('meta', 'currency', 'eur')).toBe('EUR');
    expect(normalizeField('meta', 'accessToken', '  tok  ')).toBe('tok');
  });
});
