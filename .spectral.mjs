// `npm run lint:contract` lints libs/api-contract/openapi.json with the OWASP API Security ruleset,
// loaded from node_modules (a JS ruleset, so nothing is fetched at run time).
// Every rule stays on except where a comment below says why it does not apply to AdFlux.
import owasp from '@stoplight/spectral-owasp-ruleset';
import { defined, schema } from '@stoplight/spectral-functions';
import { oas3 } from '@stoplight/spectral-formats';

// Limits are about what the server accepts (resource exhaustion): these copies of the OWASP limit
// rules look at request bodies and parameters. Response schemas describe what the server itself
// produces from validated, stored data; response lists are bounded by `limit` (PageDto maxItems).
// Binary uploads are bounded in bytes by CANDIDATE_IMPORT_MAX_BYTES, not by a schema length.
const REQUEST = (filter) => [
  `$.paths[*][*].requestBody..[?(@ && ${filter})]`,
  `$.paths[*][*].parameters[*].schema[?(@ && ${filter})]`,
  `$.paths[*][*].parameters[*].schema..[?(@ && ${filter})]`,
];

export default {
  extends: [owasp],
  rules: {
    // The API sends no RateLimit-* headers; it answers 429 problem+json with Retry-After, which every
    // limited operation documents (see owasp:api4:2023-rate-limit-responses-429, still on).
    'owasp:api4:2023-rate-limit': 'off',
    // The SPA is served by the API itself (same origin) and CORS is not enabled: no response carries
    // Access-Control-Allow-Origin, so declaring it would be false.
    'owasp:api8:2023-define-cors-origin': 'off',
    // Replaced by the request-side copies below (see REQUEST).
    'owasp:api4:2023-string-limit': 'off',
    'owasp:api4:2023-array-limit': 'off',
    'owasp:api4:2023-integer-limit-legacy': 'off',
    'adflux:request-string-limit': {
      description: 'Request strings must specify maxLength, enum, or const (OWASP API4:2023, inputs only).',
      message: 'Request string must specify maxLength, enum, or const.',
      severity: 'error',
      formats: [oas3],
      given: REQUEST('@.type == "string" && @.format != "binary"'),
      then: { function: schema, functionOptions: { schema: { type: 'object', anyOf: [{ required: ['maxLength'] }, { required: ['enum'] }, { required: ['const'] }] } } },
    },
    'adflux:request-array-limit': {
      description: 'Request arrays must specify maxItems (OWASP API4:2023, inputs only).',
      message: 'Request array must specify maxItems.',
      severity: 'error',
      formats: [oas3],
      given: REQUEST('@.type == "array"'),
      then: { field: 'maxItems', function: defined },
    },
    'adflux:request-integer-limit': {
      description: 'Request integers must specify minimum and maximum (OWASP API4:2023, inputs only).',
      message: 'Request integer must specify minimum and maximum.',
      severity: 'error',
      formats: [oas3],
      given: REQUEST('@.type == "integer"'),
      then: [{ field: 'minimum', function: defined }, { field: 'maximum', function: defined }],
    },
  },
  overrides: [
    {
      // Signing in is how a caller gets a session: it cannot require one.
      files: ['libs/api-contract/openapi.json#/paths/~1api~1auth~1login/post'],
      rules: { 'owasp:api2:2023-write-restricted': 'off' },
    },
  ],
};
