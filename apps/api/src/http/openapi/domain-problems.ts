/**
 * Problem responses that depend on business rules rather than on route metadata: which operations
 * answer 409 (state conflicts, unique values) or 422 (well-formed input that breaks a rule), and the
 * public operations that are throttled or need a dependency. Keyed by operationId; each reason is
 * the response description clients read. A unit test fails when a key names no operation.
 * Everything metadata can tell (400/401/403/404/413/429/503) is derived in problem-responses.ts.
 */
export type DomainStatus = 400 | 401 | 409 | 415 | 422 | 429 | 503;

export const DOMAIN_PROBLEMS: Record<string, Partial<Record<DomainStatus, string>>> = {
  login: {
    401: 'Wrong email or password, or the account is deactivated',
    429: 'Too many failed sign-ins for this account or address; wait for Retry-After seconds',
    503: 'PostgreSQL or Redis (the login throttle) is unavailable; retry after Retry-After seconds',
  },
  logout: { 400: 'Only a signed-in session can log out (API tokens are revoked instead), or the body is not valid JSON' },
  createUser: { 409: 'The email is already used by another account (`errors[].field` = email)' },
  updateUser: { 409: 'You cannot deactivate or demote your own account, or the last active admin' },
  createJob: { 409: 'externalRef is already used by another job', 422: 'The job breaks a rule (e.g. salary range, closing date); `errors` lists each field' },
  updateJob: {
    409: 'Closed, filled and archived jobs are read-only, or externalRef is already used',
    422: 'The edited job breaks a rule; `errors` lists each field',
  },
  transitionJob: { 409: 'This status change is not allowed from the current status', 422: 'The job cannot open: its closingDate is in the past' },
  createPlatformConnection: { 409: 'The name is already used by another connection' },
  updatePlatformConnection: { 409: 'The name is already used by another connection', 422: 'A field does not apply to this kind of connection' },
  uploadCreativeImage: {
    415: 'The file is not a PNG, JPEG or WebP image, judged by its bytes (`errors[].field` = file)',
    422: 'The image is smaller than every platform’s minimum, or its header is damaged (`errors[].field` = file)',
  },
  importCandidates: { 422: 'The file is not a readable CSV with a header row (`errors[].field` = file)' },
  createCandidate: { 409: 'The email is already used by another candidate' },
  updateCandidate: { 409: 'The email is already used by another candidate' },
  createCampaign: { 422: 'The job, connections, segments, schedule, budget, targeting or currency (not the one a connection bills in) break a rule, or a targeted segment is flagged by the fairness audit without an admin override (`fairnessOverride`); `errors` names each field' },
  previewCampaign: { 422: 'The job, connections, segments or targeting break a rule; `errors` names each field' },
  updateCampaign: {
    409: 'A published campaign: a field other than dailyBudgetMinor, totalBudgetMinor, endsAt or creative (named in `errors`), publishing still in progress, nothing live, or the campaign changed while being edited',
    422: 'The job, connections, segments, schedule, budget, targeting or currency break a rule, or a published campaign\'s end would be removed or in the past; `errors` names each field',
  },
  overrideCampaignFairness: { 422: 'None of the campaign\'s segments is flagged by the fairness audit (`fairnessOverride`)' },
  deleteCampaign: { 409: 'Only draft campaigns can be deleted (archive a published one)' },
  publishCampaign: {
    409: 'Nothing to publish, the job is not open, a connection needs new credentials, or the campaign changed meanwhile',
    422: 'Employment-ad compliance violations, a pay-transparency law requiring a salary range, an explicit exclusion in the ad text, or a segment flagged by the fairness audit without an admin override (`fairnessOverride`); `errors` lists every one',
  },
  pauseCampaign: { 409: 'No publication is in a status that can be paused, or the campaign changed meanwhile' },
  resumeCampaign: { 409: 'No publication is in a status that can be resumed, or the campaign changed meanwhile' },
  archiveCampaign: { 409: 'No publication is in a status that can be archived, or the campaign changed meanwhile' },
  createSegmentationRun: { 409: 'Another segmentation run is queued or running' },
  activateSegmentationRun: { 409: 'Only a succeeded run can be activated' },
  updateSegment: { 409: 'The name is already used by another segment of this run' },
  recordApplication: { 422: 'The trackingCode does not belong to any AdFlux ad' },
  createAutomationRule: { 422: 'The campaignId does not exist' },
  updateAutomationRule: { 409: 'Built-in rules can only be enabled or disabled', 422: 'The campaignId does not exist' },
  deleteAutomationRule: { 409: 'Built-in rules cannot be deleted; disable them instead' },
  generateSyntheticData: { 422: 'More items than the generator accepts per run' },
  suggestCreativeCopy: { 422: 'The job or a segment does not exist (or is not in the active run), or the offline generator cannot write that language' },
  updateGeminiSettings: { 422: 'The model is not one of the models an admin may choose (GEMINI_MODELS)' },
};
