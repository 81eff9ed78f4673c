/**
 * Test-only harness: the real LibraryGoogleAdsGateway (real google-ads-api Customer) whose
 * `onMutationStart` hook records the exact `mutations` handed to `mutateResources` — the library's
 * public boundary — and answers with a scripted response or error instead of calling gRPC.
 * GAQL queries still go through the library's REST path (intercept them with nock).
 */
import { errors } from 'google-ads-api';
import { GoogleAdsAdapter, GoogleAdsAdapterDeps, GoogleAdsConfig } from './google-ads.adapter';
import { GoogleMutation, LibraryGoogleAdsGateway } from './google-ads.gateway';

export const GOOGLE_CREDENTIALS = {
  developerToken: 'DEV-TOKEN-abcdef123456',
  clientId: 'client-id.apps.googleusercontent.com',
  clientSecret: 'CLIENT-SECRET-abcdef',
  customerId: '123-456-7890',
  loginCustomerId: '999-000-1111',
};

export type MutateReply = string[] | Error | object;

export interface Harness {
  adapter: GoogleAdsAdapter;
  gateway: LibraryGoogleAdsGateway;
  /** One entry per mutateResources call. */
  mutations: GoogleMutation[][];
  /** Replies for the next mutate calls: resource names, or an error to throw. */
  replies: MutateReply[];
}

export function googleHarness(
  config: Partial<GoogleAdsConfig> & { refreshToken: string }, now = new Date('2026-11-25T12:00:00Z'), images?: GoogleAdsAdapterDeps['images'],
): Harness {
  const mutations: GoogleMutation[][] = [];
  const replies: MutateReply[] = [];
  const gateway = new LibraryGoogleAdsGateway({ ...GOOGLE_CREDENTIALS, ...config }, {
    hooks: {
      onMutationStart: ({ cancel, ...args }) => {
        if ('mutations' in args) mutations.push(JSON.parse(JSON.stringify(args.mutations)) as GoogleMutation[]);
        const reply = replies.shift();
        if (reply instanceof Error || (reply && !Array.isArray(reply))) throw reply;
        const names = reply ?? [];
        cancel({ mutate_operation_responses: names.map((resource_name) => ({ result: { resource_name } })) });
      },
    },
  });
  const adapter = new GoogleAdsAdapter({ ...GOOGLE_CREDENTIALS, ...config }, { gateway, now: () => now, images });
  return { adapter, gateway, mutations, replies };
}

/** A GoogleAdsFailure exactly as the library decodes it from the gRPC trailer (numeric enums). */
export function decodedFailure(failure: object): errors.GoogleAdsFailure {
  const message = errors.GoogleAdsFailure.fromObject(failure);
  return errors.GoogleAdsFailure.decode(errors.GoogleAdsFailure.encode(message).finish());
}

/** A gax ServiceError without a failure trailer. */
export function grpcError(code: number, name: string, details: string): Error {
  return Object.assign(new Error(`${code} ${name}: ${details}`), { code, details, metadata: {}, note: 'Exception occurred in retry method that was not classified as transient' });
}
