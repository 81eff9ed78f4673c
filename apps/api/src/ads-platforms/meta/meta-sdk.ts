/**
 * The only file that touches facebook-nodejs-business-sdk (24.0.1, no bundled types; the few
 * members we use are typed below).
 *
 * Process-wide settings. The SDK reads its Graph host and API version from static getters
 * (`FacebookAdsApi.GRAPH` / `.VERSION`, resolved by class name on every call) and sends HTTP
 * through the shared axios module, so the version, host and timeout can only be set for the
 * whole process. `configureMetaSdk` applies them once, from the adapter config (which the Nest
 * module builds from env — never from an admin-editable setting, or a setting could send tokens
 * to another host), and refuses a second, different configuration instead of silently flipping
 * the version under other connections.
 */
import { createHmac } from 'node:crypto';
import { dirname } from 'node:path';
import type { AxiosStatic, InternalAxiosRequestConfig } from 'axios';

/** Graph object data as the SDK exposes it (`_data` holds exactly what Graph returned). */
export interface SdkObject {
  _data: Record<string, unknown>;
}
export interface SdkCursor extends Array<SdkObject> {
  paging?: { next?: string };
  hasNext(): boolean;
  next(): Promise<SdkCursor>;
}
type Edge = (fields: string[], params: Record<string, unknown>) => Promise<SdkCursor>;
type Create = (fields: string[], params: Record<string, unknown>) => Promise<{ id: string }>;
export interface SdkApi {
  call(method: 'GET' | 'POST', path: string[], params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  setShowHeader(flag: boolean): SdkApi;
}
interface SdkCrud extends SdkObject {
  read(fields: string[], params?: Record<string, unknown>): Promise<SdkObject>;
  /** Generated objects take (fields, params); the base class takes (params) only. */
  update(fields: string[], params: Record<string, unknown>): Promise<unknown>;
}
interface SdkAdAccount extends SdkCrud {
  createCampaign: Create; createAdSet: Create; createAdCreative: Create; createAd: Create;
  getCampaigns: Edge; getAdSets: Edge; getAds: Edge;
}
interface SdkCampaign extends SdkCrud { getAdSets: Edge; getInsights: Edge }
interface SdkAdSet extends SdkCrud { getAds: Edge }
type Ctor<T> = new (id: string, data: Record<string, unknown>, parentId: string | undefined, api: SdkApi) => T;
interface SdkModule {
  FacebookAdsApi: (new (token: string, locale: string, crashLog: boolean) => SdkApi) & { readonly VERSION: string; readonly GRAPH: string };
  AdAccount: Ctor<SdkAdAccount>;
  Campaign: Ctor<SdkCampaign>;
  AdSet: Ctor<SdkAdSet>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require('facebook-nodejs-business-sdk') as SdkModule;

export interface MetaSdkSettings {
  apiVersion: string;
  graphBaseUrl: string;
  timeoutMs: number;
}

let applied: MetaSdkSettings | undefined;

export function configureMetaSdk(settings: MetaSdkSettings): void {
  if (!/^v\d+\.\d+$/.test(settings.apiVersion)) throw new Error(`Meta apiVersion must look like "v25.0", got "${settings.apiVersion}"`);
  const base = new URL(settings.graphBaseUrl);
  if (base.protocol !== 'https:' && process.env.NODE_ENV === 'production') throw new Error('Meta graphBaseUrl must be https in production');
  const graph = settings.graphBaseUrl.replace(/\/+$/, '');
  const wanted = { ...settings, graphBaseUrl: graph };
  if (applied) {
    if (applied.apiVersion === wanted.apiVersion && applied.graphBaseUrl === graph && applied.timeoutMs === wanted.timeoutMs) return;
    throw new Error(`Meta SDK settings are process-wide and already set to ${applied.apiVersion} @ ${applied.graphBaseUrl} (${applied.timeoutMs} ms)`);
  }
  // The getters are `configurable` (Babel createClass); a subclass would not work because the
  // SDK calls `FacebookAdsApi.GRAPH` by name.
  Object.defineProperty(sdk.FacebookAdsApi, 'VERSION', { get: () => wanted.apiVersion, configurable: true });
  Object.defineProperty(sdk.FacebookAdsApi, 'GRAPH', { get: () => graph, configurable: true });
  // axios has no default timeout; scope ours to Graph URLs so other axios users are unaffected.
  sdkAxios().interceptors.request.use((config: InternalAxiosRequestConfig) => {
    if (!config.timeout && typeof config.url === 'string' && config.url.startsWith(`${graph}/`)) config.timeout = wanted.timeoutMs;
    return config;
  });
  applied = wanted;
}

/** The exact axios module instance the SDK requires (resolved from the SDK's own location). */
function sdkAxios(): AxiosStatic {
  const from = dirname(require.resolve('facebook-nodejs-business-sdk'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(require.resolve('axios', { paths: [from] })) as AxiosStatic;
}

export type AccountEdge = 'campaigns' | 'adsets' | 'adcreatives' | 'ads';
export type ListParent = { kind: 'account' } | { kind: 'campaign'; id: string } | { kind: 'adset'; id: string };

/**
 * One connection's view of the SDK: a private FacebookAdsApi (never `init()`, which would make it
 * the process default and turn on the crash reporter) passed explicitly to every object; objects
 * returned by `create*` are bound to the default API, so we only keep their ids.
 */
export class MetaGraphClient {
  private readonly api: SdkApi;
  private readonly proof?: string;
  /** Every credential value that could show up in an error text, for redaction. */
  readonly secrets: readonly string[];

  constructor(accessToken: string, appSecret: string | undefined, private readonly adAccountId: string) {
    this.api = new sdk.FacebookAdsApi(accessToken, 'en_US', false);
    this.api.setShowHeader(false);
    // The SDK does not compute appsecret_proof; apps with "Require App Secret" need it on every call.
    this.proof = appSecret ? createHmac('sha256', appSecret).update(accessToken).digest('hex') : undefined;
    this.secrets = [accessToken, appSecret, this.proof].filter((s): s is string => !!s);
  }

  /** Fresh params per call: the SDK mutates the object it is given. */
  private params(p: Record<string, unknown>): Record<string, unknown> {
    return this.proof ? { ...p, appsecret_proof: this.proof } : { ...p };
  }

  private account(): SdkAdAccount {
    return new sdk.AdAccount(this.adAccountId, {}, undefined, this.api);
  }

  async create(edge: AccountEdge, params: Record<string, unknown>): Promise<string> {
    const account = this.account();
    const create = { campaigns: account.createCampaign, adsets: account.createAdSet, adcreatives: account.createAdCreative, ads: account.createAd }[edge];
    const created = await create.call(account, [], this.params(params));
    return String(created.id);
  }

  /**
   * POST act_<id>/adimages with the image as base64 `bytes` (Marketing API "Ad Image" reference);
   * Graph answers `{ images: { <name>: { hash, url } } }`. The hash is per ad account and the same
   * bytes give the same hash, so a retried upload is harmless.
   */
  async uploadImage(bytes: Buffer, name: string): Promise<string> {
    const response = await this.api.call('POST', [this.adAccountId, 'adimages'], this.params({ bytes: bytes.toString('base64'), name }));
    const images = (response.images ?? {}) as Record<string, { hash?: string }>;
    const hash = (images[name] ?? Object.values(images)[0])?.hash;
    if (!hash) throw new Error('Meta adimages returned no image hash');
    return hash;
  }

  /** POST /<object id> with the fields to change (an ad set's budget or end, an ad's creative). */
  async updateObject(objectId: string, fields: Record<string, unknown>): Promise<void> {
    await this.api.call('POST', [objectId], this.params(fields));
  }

  async readAccount(fields: string[]): Promise<Record<string, unknown>> {
    return (await this.account().read(fields, this.params({})))._data;
  }

  async setStatus(objectId: string, status: string): Promise<void> {
    await new sdk.Campaign(objectId, {}, undefined, this.api).update([], this.params({ status }));
  }

  /** First page only: used to find objects by their publication tag, which match at most a few. */
  async list(parent: ListParent, edge: 'campaigns' | 'adsets' | 'ads', fields: string[], filtering: object[]): Promise<Record<string, unknown>[]> {
    const params = this.params({ filtering, limit: 25 });
    let cursor: SdkCursor;
    if (parent.kind === 'account') {
      const account = this.account();
      cursor = await (edge === 'campaigns' ? account.getCampaigns : edge === 'adsets' ? account.getAdSets : account.getAds).call(account, fields, params);
    } else if (parent.kind === 'campaign') {
      cursor = await new sdk.Campaign(parent.id, {}, undefined, this.api).getAdSets(fields, params);
    } else {
      cursor = await new sdk.AdSet(parent.id, {}, undefined, this.api).getAds(fields, params);
    }
    return cursor.map((o) => o._data);
  }

  async search(params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const response = await this.api.call('GET', ['search'], this.params(params));
    return Array.isArray(response.data) ? (response.data as Record<string, unknown>[]) : [];
  }

  /** All pages of a campaign's insights; Graph's `next` links are absolute and followed verbatim. */
  async campaignInsights(campaignId: string, fields: string[], params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    let cursor = await new sdk.Campaign(campaignId, {}, undefined, this.api).getInsights(fields, this.params(params));
    rows.push(...cursor.map((o) => o._data));
    while (cursor.hasNext()) {
      if (this.proof && cursor.paging?.next && !cursor.paging.next.includes('appsecret_proof=')) {
        cursor.paging.next += `${cursor.paging.next.includes('?') ? '&' : '?'}appsecret_proof=${this.proof}`;
      }
      cursor = await cursor.next();
      rows.push(...cursor.map((o) => o._data));
    }
    return rows;
  }
}
