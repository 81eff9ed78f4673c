import type * as GoogleAdsSdk from 'google-ads-api';
import { onFirstUse } from '../../common/on-first-use';

/**
 * google-ads-api, loaded on first use. Loading it costs ~110 MB of heap and ~0.9 s (its generated
 * protobuf code: 110 of the API process's 180 MB), and most processes never call Google Ads: the
 * API role stores credentials and reads our own tables, and the sandbox adapter stands in for it in
 * the demo. Synchronous on purpose: the mutation builders that read its enums are.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const googleAdsSdk = onFirstUse(() => require('google-ads-api') as typeof GoogleAdsSdk);
