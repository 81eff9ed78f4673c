/**
 * Mutation-path failures. gRPC cannot be intercepted by nock, so errors are thrown at the library
 * boundary (onMutationStart) in exactly the form google-ads-api produces them: a GoogleAdsFailure
 * decoded from the `googleadsfailure-bin` trailer (numeric enums), or a gax ServiceError.
 */
import { publishSpec } from '../test-fixtures';
import { googleFailureEntries, isDuplicateNameFailure, mapGoogleAdsError } from './google-ads.errors';
import { decodedFailure, GOOGLE_CREDENTIALS, googleHarness, grpcError } from './google-ads.test-support';

const REFRESH = 'refresh-errors-spec-abcdef123';
const h = googleHarness({ refreshToken: REFRESH });
const SECRETS = [GOOGLE_CREDENTIALS.developerToken, GOOGLE_CREDENTIALS.clientSecret, REFRESH];

async function budgetFailure(error: Error | object) {
  h.replies.length = 0;
  h.replies.push(error);
  const err = await h.adapter.runStep('budget', publishSpec(), {}).then(() => undefined, (e: unknown) => e);
  expect(err).toBeDefined();
  const dump = `${(err as Error).message} ${JSON.stringify(err)}`;
  for (const secret of SECRETS) expect(dump).not.toContain(secret);
  return err;
}

describe('Google mutate failures → PlatformError', () => {
  it('QuotaError with retry_delay → rate_limited after the given delay', async () => {
    const err = await budgetFailure(decodedFailure({ errors: [{
      error_code: { quota_error: 'RESOURCE_TEMPORARILY_EXHAUSTED' }, message: 'Too many requests.',
      details: { quota_error_details: { rate_scope: 'DEVELOPER', rate_name: 'Operations', retry_delay: { seconds: 30, nanos: 500_000_000 } } },
    }] }));
    expect(err).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_500, platformCode: 'quota_error.RESOURCE_TEMPORARILY_EXHAUSTED' });
  });

  it('gRPC 8 RESOURCE_EXHAUSTED without a trailer → rate_limited', async () => {
    expect(await budgetFailure(grpcError(8, 'RESOURCE_EXHAUSTED', 'Quota exceeded'))).toMatchObject({ kind: 'rate_limited', platformCode: 8 });
  });

  it('gRPC 16 UNAUTHENTICATED … invalid_grant → auth', async () => {
    const err = await budgetFailure(grpcError(16, 'UNAUTHENTICATED', `Getting metadata from plugin failed with error: invalid_grant (refresh_token=${REFRESH})`));
    expect(err).toMatchObject({ kind: 'auth', platformCode: 'invalid_grant' });
  });

  it('gRPC 16 UNAUTHENTICATED without invalid_grant → auth', async () => {
    expect(await budgetFailure(grpcError(16, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'))).toMatchObject({ kind: 'auth', platformCode: 16 });
  });

  it('AuthorizationError in the failure (developer token not approved) → auth', async () => {
    const err = await budgetFailure(decodedFailure({ errors: [{ error_code: { authorization_error: 'DEVELOPER_TOKEN_NOT_APPROVED' }, message: 'The developer token is only approved for use with test accounts.' }] }));
    expect(err).toMatchObject({ kind: 'auth', platformCode: 'authorization_error.DEVELOPER_TOKEN_NOT_APPROVED' });
  });

  it('request errors in a GoogleAdsFailure → validation with message and field path', async () => {
    const err = await budgetFailure(decodedFailure({ errors: [{
      error_code: { field_error: 'REQUIRED' }, message: 'The required field was not present.',
      location: { field_path_elements: [{ field_name: 'mutate_operations', index: 1 }, { field_name: 'campaign_operation' }, { field_name: 'create' }, { field_name: 'contains_eu_political_advertising' }] },
    }] }));
    expect(err).toMatchObject({ kind: 'validation', platformCode: 'field_error.REQUIRED' });
    expect((err as Error).message).toBe('The required field was not present. (mutate_operations[1].campaign_operation.create.contains_eu_political_advertising) [field_error.REQUIRED]');
  });

  it.each([
    [14, 'UNAVAILABLE'], [4, 'DEADLINE_EXCEEDED'], [13, 'INTERNAL'],
  ])('gRPC %d %s → transient (the publisher retries, gax does not)', async (code, name) => {
    expect(await budgetFailure(grpcError(code, name, 'upstream trouble'))).toMatchObject({ kind: 'transient', platformCode: code });
  });

  it('InternalError in a failure → transient', async () => {
    expect(await budgetFailure(decodedFailure({ errors: [{ error_code: { internal_error: 'TRANSIENT_ERROR' }, message: 'try again' }] }))).toMatchObject({ kind: 'transient' });
  });

  it('DUPLICATE_NAME is recognised for adoption and otherwise maps to validation', () => {
    const failure = decodedFailure({ errors: [{ error_code: { campaign_budget_error: 'DUPLICATE_NAME' }, message: 'Budget name already exists.' }] });
    expect(isDuplicateNameFailure(failure)).toBe(true);
    expect(mapGoogleAdsError(failure, SECRETS)).toMatchObject({ kind: 'validation', platformCode: 'campaign_budget_error.DUPLICATE_NAME' });
  });
});

describe('googleFailureEntries', () => {
  it('names numeric enums via the library’s error enums and ignores non-failures', () => {
    const [entry] = googleFailureEntries(decodedFailure({ errors: [{ error_code: { ad_group_error: 'DUPLICATE_ADGROUP_NAME' }, message: 'dup' }] }))!;
    expect(entry).toMatchObject({ type: 'ad_group_error', name: 'DUPLICATE_ADGROUP_NAME', message: 'dup' });
    expect(googleFailureEntries(new Error('x'))).toBeUndefined();
    expect(isDuplicateNameFailure(decodedFailure({ errors: [{ error_code: { campaign_error: 'CANNOT_SET_DATE_TO_PAST' }, message: 'past' }] }))).toBe(false);
  });

  it('unknown errors become transient with secrets removed', () => {
    const err = mapGoogleAdsError(new Error(`boom Bearer ya29.secret-token ${REFRESH}`), SECRETS);
    expect(err.kind).toBe('transient');
    expect(err.message).not.toContain('ya29.secret-token');
    expect(err.message).not.toContain(REFRESH);
  });
});
