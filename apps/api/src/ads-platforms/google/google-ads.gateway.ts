/**
 * The library call surface of the Google adapter, behind one small interface, and its only
 * implementation over google-ads-api 25.1.0 (Google Ads API v25).
 *
 * Transports (research/ad-platforms.md §2.4): GAQL queries are REST POSTs through axios to the
 * hard-coded googleads.googleapis.com/v25/customers/{id}/googleAds:searchStream; mutations are
 * gRPC (GoogleAdsService.Mutate via google-gax); OAuth refresh goes to oauth2.googleapis.com/token.
 */
import type { Customer, GoogleAdsApi, Hooks, MutateOperation } from 'google-ads-api';
import { googleAdsSdk } from './google-ads-sdk';

export type GoogleEntity =
  | 'campaign_budget' | 'campaign' | 'ad_group' | 'campaign_criterion' | 'ad_group_criterion' | 'ad_group_ad' | 'ad' | 'asset' | 'campaign_asset';

/** One operation of an atomic GoogleAdsService.Mutate, as the library's mutateResources takes it. */
export type GoogleMutation =
  | { entity: GoogleEntity; operation: 'create' | 'update'; resource: Record<string, unknown> }
  | { entity: GoogleEntity; operation: 'remove'; resource: string };

/** A GAQL row as the library returns it: snake_case keys, int64 parsed to numbers. */
export type GaqlRow = Record<string, Record<string, unknown> | undefined>;

export interface GoogleAdsGateway {
  /** Runs the operations atomically; resolves the resource names in operation order. */
  mutate(operations: GoogleMutation[]): Promise<string[]>;
  query(gaql: string): Promise<GaqlRow[]>;
  /** `customers/<id>` the refresh token can reach (for the connection setup screen). */
  listAccessibleCustomers(): Promise<string[]>;
}

export interface GoogleAdsCredentials {
  developerToken: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Digits, dashes allowed ("123-456-7890"). */
  customerId: string;
  /** The manager (MCC) account when reaching the customer through one. */
  loginCustomerId?: string;
}

export interface GatewayOptions {
  /** Library hooks (logging/metrics; in tests, `onMutationStart` + `cancel` captures mutations). */
  hooks?: Hooks;
  /** Per-attempt deadline for Mutate. Default 60 s (gax's own default is 4 h). */
  mutateTimeoutMs?: number;
}

export const digitsOnly = (id: string) => id.replace(/\D/g, '');

/**
 * gax config override: Mutate gets ONE attempt with a sane deadline. gax would otherwise retry
 * UNAVAILABLE/DEADLINE_EXCEEDED for up to 600 s, re-sending creates whose first attempt may have
 * committed (duplicates). Our publisher owns retries and reconciles first. The library spreads
 * `grpc_channel_options` into the gax client options, which is how this reaches gax (verified).
 */
export function noRetryClientConfig(timeoutMs: number) {
  return {
    interfaces: {
      [`google.ads.googleads.${googleAdsSdk().googleAdsVersion}.services.GoogleAdsService`]: {
        retry_codes: { adflux_no_retry: [] },
        retry_params: {
          adflux_single_attempt: {
            initial_retry_delay_millis: 0, retry_delay_multiplier: 1, max_retry_delay_millis: 0,
            initial_rpc_timeout_millis: timeoutMs, rpc_timeout_multiplier: 1, max_rpc_timeout_millis: timeoutMs, total_timeout_millis: timeoutMs,
          },
        },
        methods: { Mutate: { timeout_millis: timeoutMs, retry_codes_name: 'adflux_no_retry', retry_params_name: 'adflux_single_attempt' } },
      },
    },
  };
}

interface MutateResponseLike {
  mutate_operation_responses?: Array<Record<string, { resource_name?: string | null } | null | undefined>> | null;
}

export class LibraryGoogleAdsGateway implements GoogleAdsGateway {
  readonly customer: Customer;
  private readonly api: GoogleAdsApi;

  constructor(private readonly credentials: GoogleAdsCredentials, options: GatewayOptions = {}) {
    this.api = new (googleAdsSdk().GoogleAdsApi)({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      developer_token: credentials.developerToken,
      // Typed as grpc.ChannelOptions, but spread into the gax client options (see above).
      grpc_channel_options: { clientConfig: noRetryClientConfig(options.mutateTimeoutMs ?? 60_000) } as never,
    });
    this.customer = this.api.Customer({
      customer_id: digitsOnly(credentials.customerId),
      refresh_token: credentials.refreshToken,
      ...(credentials.loginCustomerId ? { login_customer_id: digitsOnly(credentials.loginCustomerId) } : {}),
    }, options.hooks);
  }

  async mutate(operations: GoogleMutation[]): Promise<string[]> {
    const response = (await this.customer.mutateResources(operations as unknown as MutateOperation<unknown>[])) as unknown as MutateResponseLike;
    return (response.mutate_operation_responses ?? []).map((result) => {
      // Each response holds exactly one `<entity>_result` with the resource name.
      const inner = Object.values(result ?? {}).find((value) => value && typeof value === 'object' && 'resource_name' in value);
      return String(inner?.resource_name ?? '');
    });
  }

  async query(gaql: string): Promise<GaqlRow[]> {
    return (await this.customer.query(gaql)) as unknown as GaqlRow[];
  }

  async listAccessibleCustomers(): Promise<string[]> {
    const response = await this.api.listAccessibleCustomers(this.credentials.refreshToken);
    return response.resource_names ?? [];
  }
}
