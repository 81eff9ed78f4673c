import { ContractDocument, ContractValidator } from './contract-validator';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const document: ContractDocument = {
  paths: {
    '/api/things/{id}': {
      get: { operationId: 'getThing', responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, 404: { content: problem } } },
      delete: { operationId: 'deleteThing', responses: { 204: {} } },
    },
    '/api/things/special': { get: { operationId: 'special', responses: { 200: { content: { 'application/json': { schema: { type: 'object', required: ['special'], properties: { special: { type: 'boolean' } } } } } } } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'role', 'count', 'colour'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          role: { type: 'string', enum: ['admin', 'viewer'] },
          count: { type: 'integer', format: 'int32' },
          colour: { anyOf: [{ $ref: '#/components/schemas/Colour' }, { type: 'string', nullable: true, enum: [null] }] },
          note: { type: 'string', nullable: true },
        },
      },
      Colour: { type: 'string', enum: ['red', 'blue'] },
      Problem: { type: 'object', required: ['type', 'title', 'status'], properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } } },
    },
  },
};

describe('ContractValidator', () => {
  const validator = new ContractValidator(document);
  const id = '0b6d3f5e-2c1a-4a51-9a8e-7c1f0e6f9a11';
  const thing = { id, role: 'admin', count: 3, colour: null, note: null };
  const get = (body: unknown, status = 200, contentType = 'application/json; charset=utf-8') =>
    validator.check({ method: 'GET', path: `/api/things/${id}`, status, contentType, body });

  it('accepts a body that matches, nulls included where the contract allows them', () => {
    expect(get(thing)).toBeNull();
    expect(get({ ...thing, colour: 'red', note: 'x' })).toBeNull();
  });

  it('reports a missing required member (the PATCH /users bug)', () => {
    const { role: _role, ...withoutRole } = thing;
    expect(get(withoutRole)).toMatch(/getThing.*must have required property 'role'/s);
  });

  it('reports wrong types, enum values and integer ranges', () => {
    expect(get({ ...thing, colour: 'green' })).toMatch(/\/colour/);
    expect(get({ ...thing, count: 2 ** 31 })).toMatch(/\/count must match format "int32"/);
    expect(get({ ...thing, id: 'nope' })).toMatch(/\/id must match format "uuid"/);
  });

  it('reports an undocumented status or media type', () => {
    expect(get({ type: 'about:blank', title: 'x', status: 500 }, 500, 'application/problem+json')).toMatch(/status 500 is not documented/);
    expect(get(thing, 404, 'application/json')).toMatch(/application\/json is not documented/);
    expect(get({ type: 't', title: 'Not Found', status: 404 }, 404, 'application/problem+json')).toBeNull();
  });

  it('prefers literal paths to templates and ignores routes the contract does not describe', () => {
    expect(validator.check({ method: 'GET', path: '/api/things/special', status: 200, contentType: 'application/json', body: { special: true } })).toBeNull();
    expect(validator.check({ method: 'GET', path: '/r/abc', status: 404, contentType: 'application/problem+json', body: {} })).toBeNull();
    expect(validator.check({ method: 'DELETE', path: `/api/things/${id}`, status: 204, contentType: undefined, body: {} })).toBeNull();
  });
});
