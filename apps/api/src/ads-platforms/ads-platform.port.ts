/**
 * The one port every ads platform adapter implements (meta, google, sandbox).
 * Publishing is split into ordered steps; each step creates one platform object and returns
 * its external id, which the caller stores before running the next step. A retry therefore
 * resumes after the last recorded step instead of creating a second object.
 */
export type PlatformKind = 'meta' | 'google' | 'sandbox';

export type CampaignObjective = 'traffic' | 'leads';
export type DeliveryStatus = 'active' | 'paused' | 'archived';

export interface PublishSpec {
  /** Stable per publication; sent where the platform supports idempotency keys. */
  idempotencyKey: string;
  name: string;
  objective: CampaignObjective;
  /**
   * Integer minor units of `currency` (cents for USD, yen for JPY) by the ISO 4217 exponent
   * (money.ts), which is not Meta's offset for HUF/TWD/COP/IDR/CRC: the adapters convert.
   * Must be the ad account's currency (verify() reports it).
   */
  dailyBudgetMinor: number;
  currency: string;
  startsAt: Date;
  endsAt?: Date;
  /** https URL the ad links to (our tracking redirect or the job URL with UTM parameters). */
  landingUrl: string;
  creative: {
    headline: string;
    primaryText: string;
    description: string;
    callToAction: 'APPLY_NOW' | 'LEARN_MORE';
    imageUrl?: string;
    /** An uploaded image (creatives/images): the adapter reads its bytes from the image store by key. */
    image?: CreativeImageRef;
  };
  targeting: {
    countries: string[]; // ISO 3166-1 alpha-2
    cities: { name: string; countryCode: string; radiusKm: number }[];
    skills: string[]; // → Meta interests, Google keywords
    keywords: string[]; // extra Google keywords (job title words)
  };
  /** Job fields some adapters need to derive creative text (Google RSA headlines). */
  job: { title: string; company: string; location?: string; skills: string[] };
  /** Estimated audience size of the chosen segments (sandbox delivery uses it). */
  audienceSize: number;
}

/** An image in the content-addressed image store (media/image-storage.ts), with its real size. */
export interface CreativeImageRef {
  /** `<sha256>.<ext>` */
  key: string;
  format: 'png' | 'jpeg' | 'webp';
  width: number;
  height: number;
}

/** External ids already created for a publication, by step name. */
export type ExternalIds = Record<string, string>;

export interface VerifyResult {
  ok: boolean;
  /** Human-readable account name or error text (never contains secrets). */
  detail: string;
}

/**
 * One day of a publication's delivery. The optional metrics are null where the platform does not
 * report them (Google Search has no reach, frequency or unique clicks): stored as NULL and shown
 * as "—", never as 0.
 */
export interface DailyInsight {
  date: string; // YYYY-MM-DD in the account's time zone
  impressions: number;
  /** People reached that day; null where the platform does not report reach. */
  reach: number | null;
  clicks: number;
  /** Unique people who clicked that day; null where not reported (Google). */
  uniqueClicks: number | null;
  spendMinor: number;
  currency: string;
  conversions: number;
  /** The platform's own CPM for the day, in micros of `currency` (Meta cpm, Google average_cpm); null where not reported. */
  cpmMicros: number | null;
  /** The platform's own average impressions per person for the day; null where not reported. */
  frequency: number | null;
}

/** The parts of a live publication an edit may change: daily budget, end date, ad text. */
export type LiveChange = 'budget' | 'schedule' | 'creative';
export const LIVE_CHANGES: readonly LiveChange[] = ['budget', 'schedule', 'creative'];

export interface AdsPlatform {
  readonly kind: PlatformKind;
  verify(): Promise<VerifyResult>;
  /** Ordered step names, e.g. meta: campaign, adset, creative, ad. */
  readonly steps: readonly string[];
  /**
   * Runs one step given the ids created so far; returns the new object's external id.
   * Idempotent per publication: after a lost response (timeout) a re-run adopts the object the
   * earlier attempt created instead of duplicating it (a Meta creative may be created twice; an
   * unused creative never delivers).
   */
  runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string>;
  setStatus(ids: ExternalIds, status: DeliveryStatus): Promise<void>;
  /**
   * Applies an edit of a published campaign to the objects already created (`ids`), taking the
   * new values from `spec`. Idempotent: applying the same values again changes nothing visible.
   * Returns the external ids that changed (e.g. a replacement creative) for the caller to record.
   */
  update(ids: ExternalIds, spec: PublishSpec, changes: readonly LiveChange[]): Promise<ExternalIds>;
  fetchInsights(ids: ExternalIds, from: string, to: string): Promise<DailyInsight[]>;
}
