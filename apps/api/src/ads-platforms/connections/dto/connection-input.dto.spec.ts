import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../../common/validation';
import { CreatePlatformConnectionDto, UpdatePlatformConnectionDto } from './connection-input.dto';

const META = { accessToken: 'EAAB-a-long-enough-token', adAccountId: 'act_123', pageId: '456' };
const GOOGLE = { developerToken: 'devtoken1', clientId: 'client-id-1', clientSecret: 'secret-12', refreshToken: 'refresh-1', customerId: '1234567890' };

async function fieldsOf(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return flattenValidationErrors(errors).map((e) => e.field);
}
const create = (body: object) => fieldsOf(CreatePlatformConnectionDto, body);

describe('CreatePlatformConnectionDto', () => {
  it('accepts each kind with its own section', async () => {
    expect(await create({ kind: 'meta', name: 'M', meta: META })).toEqual([]);
    expect(await create({ kind: 'meta', name: 'M', meta: { ...META, adAccountId: '123' } })).toEqual([]);
    expect(await create({ kind: 'google', name: 'G', google: { ...GOOGLE, customerId: '123-456-7890', loginCustomerId: '111-222-3333' } })).toEqual([]);
    expect(await create({ kind: 'sandbox', name: 'S' })).toEqual([]);
    expect(await create({ kind: 'sandbox', name: 'S', sandbox: { currency: 'eur', timeZone: 'Europe/Berlin' } })).toEqual([]);
  });

  it('requires the section of its kind and refuses the others', async () => {
    expect(await create({ kind: 'meta', name: 'M' })).toEqual(['meta']);
    expect(await create({ kind: 'google', name: 'G', meta: META })).toEqual(expect.arrayContaining(['google', 'meta']));
    expect(await create({ kind: 'sandbox', name: 'S', google: GOOGLE })).toEqual(['google']);
  });

  it.each([
    ['meta', 'adAccountId', 'act_'], ['meta', 'adAccountId', 'acc_123'], ['meta', 'pageId', 'page'], ['meta', 'accessToken', 'short'],
    ['meta', 'accessToken', 'has spaces in the middle of it'], ['meta', 'appId', '12a'], ['meta', 'timeZone', 'Nowhere/City'], ['meta', 'currency', 'EURO'],
  ])('%s.%s refuses %p', async (kind, field, value) => {
    expect(await create({ kind, name: 'x', meta: { ...META, [field]: value } })).toEqual([`meta.${field}`]);
  });

  it.each([['customerId', '12345678901'], ['customerId', '123-4567-890'], ['loginCustomerId', 'abc'], ['refreshToken', ''], ['developerToken', undefined]])(
    'google.%s refuses %p', async (field, value) => {
      expect(await create({ kind: 'google', name: 'x', google: { ...GOOGLE, [field]: value } })).toEqual([`google.${field}`]);
    },
  );
});

describe('UpdatePlatformConnectionDto', () => {
  const update = (body: object) => fieldsOf(UpdatePlatformConnectionDto, body);

  it('accepts any subset; null clears optional fields only', async () => {
    expect(await update({ meta: { accessToken: 'EAAB-a-new-long-token' } })).toEqual([]);
    expect(await update({ name: 'New name' })).toEqual([]);
    expect(await update({ meta: { appSecret: null, timeZone: null } })).toEqual([]);
    expect(await update({ meta: { accessToken: null } })).toEqual(['meta.accessToken']);
    expect(await update({ google: { customerId: '12' } })).toEqual(['google.customerId']);
    expect(await update({ kind: 'google' })).toEqual(['kind']);
  });
});
