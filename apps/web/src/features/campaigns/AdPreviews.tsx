import { useAdsPlatforms } from '../../api/hooks/adsPlatforms';
import { Badge } from '../../components/Badge';
import { PlatformName } from './campaignStatus';
import { CTA_LABELS, type CallToAction } from './campaignForm';
import type { PublicationPreview } from '../../api/hooks/campaigns';
import { Violations } from './PublicationPreviews';

export interface CreativeLike {
  headline: string;
  primaryText: string;
  description: string;
  callToAction: CallToAction;
  imageUrl: string;
  /** An uploaded image: it wins over `imageUrl` (Meta ad image; Google image asset beside the search ad). */
  image?: { url: string } | null;
}

/** A chosen connection, as the mock-up needs it before (or without) the API's preview. */
export interface AdTarget {
  connectionId: string;
  platform: string;
  platformLabel: string;
  connectionName: string;
  isSandbox: boolean;
}

interface AdPreviewsProps {
  creative: CreativeLike;
  targets: readonly AdTarget[];
  /** The API's preview per connection, once it has answered (violations, Google's derived text). */
  previews: readonly PublicationPreview[];
  company: string;
  landingUrl: string | null;
  /** Show each platform's compliance verdict under its mock-up (off where the verdict is shown elsewhere). */
  withChecks?: boolean;
}

/**
 * How the ad roughly looks on each chosen platform, drawn from the form as it is typed: a feed card
 * (Meta, sandbox) or a responsive search ad (Google). Empty fields show placeholders, never an error.
 */
export function AdPreviews({ creative, targets, previews, company, landingUrl, withChecks = true }: AdPreviewsProps) {
  const platforms = useAdsPlatforms().data;
  const isSearchAd = (kind: string) => platforms?.find((d) => d.kind === kind)?.targeting.adPreview === 'search';
  return (
    <div className="flex flex-col gap-4">
      {targets.map((t) => {
        const preview = previews.find((p) => p.connectionId === t.connectionId);
        return (
          <section key={t.connectionId} aria-label={`${t.platformLabel} ad mock-up`} className="flex flex-col gap-3">
            <PlatformName publication={t} />
            {isSearchAd(t.platform) ? (
              <SearchAd creative={creative} preview={preview} landingUrl={landingUrl} />
            ) : (
              <FeedAd creative={creative} company={company} sandbox={t.isSandbox} />
            )}
            {withChecks && preview && <Violations preview={preview} />}
          </section>
        );
      })}
    </div>
  );
}

const imageOf = (creative: CreativeLike) => creative.image?.url ?? (/^https:\/\/\S+$/.test(creative.imageUrl) ? creative.imageUrl : undefined);

const Placeholder = ({ children }: { children: string }) => <span className="text-slate-400">{children}</span>;

function FeedAd({ creative, company, sandbox }: { creative: CreativeLike; company: string; sandbox: boolean }) {
  return (
    <div data-testid="feed-ad" className="max-w-sm overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      <div className="flex items-center gap-2 px-3 py-2">
        <span className="font-semibold">{company}</span>
        <span className="text-xs text-slate-500">Sponsored</span>
        {sandbox && <Badge tone="amber">Simulated</Badge>}
      </div>
      <p className="px-3 pb-2 whitespace-pre-wrap">{creative.primaryText || <Placeholder>Primary text appears here</Placeholder>}</p>
      {imageOf(creative) ? (
        <img src={imageOf(creative)} alt="" className="aspect-[1.91/1] w-full bg-slate-100 object-cover" />
      ) : (
        <div className="flex aspect-[1.91/1] w-full items-center justify-center bg-slate-100 text-xs text-slate-500">Image (optional)</div>
      )}
      <div className="flex items-center justify-between gap-2 bg-slate-50 px-3 py-2">
        <div className="min-w-0">
          <p className="truncate font-semibold">{creative.headline || <Placeholder>Headline</Placeholder>}</p>
          <p className="truncate text-xs text-slate-600">{creative.description || <Placeholder>Description</Placeholder>}</p>
        </div>
        <span className="shrink-0 rounded bg-slate-200 px-2 py-1 text-xs font-semibold">{CTA_LABELS[creative.callToAction]}</span>
      </div>
    </div>
  );
}

interface RsaPayload {
  headlines?: string[];
  descriptions?: string[];
  final_urls?: string[];
}

const hostOf = (url: string | null | undefined) => {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
};

/** The responsive search ad: the headlines and descriptions the Google adapter derives, or the typed text until the preview answers. */
function SearchAd({ creative, preview, landingUrl }: { creative: CreativeLike; preview: PublicationPreview | undefined; landingUrl: string | null }) {
  const rsa = (preview?.payload.responsive_search_ad ?? {}) as RsaPayload;
  const headlines = rsa.headlines?.length ? rsa.headlines.slice(0, 3) : [creative.headline].filter(Boolean);
  const descriptions = rsa.descriptions?.length ? rsa.descriptions.slice(0, 2) : [creative.primaryText].filter(Boolean);
  const host = hostOf(rsa.final_urls?.[0]) || hostOf(landingUrl);
  return (
    <div data-testid="search-ad" className="max-w-xl rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <p className="text-xs text-slate-700">
        <span className="font-semibold">Sponsored</span> · {host || <Placeholder>landing page</Placeholder>}
      </p>
      <p className="text-lg text-blue-800">{headlines.join(' | ') || <Placeholder>Headline 1 | Headline 2 | Headline 3</Placeholder>}</p>
      <p className="text-slate-700">{descriptions.join(' ') || <Placeholder>Descriptions appear here</Placeholder>}</p>
      {creative.image && <img src={creative.image.url} alt="Image asset shown with the ad" className="mt-2 h-16 w-16 rounded object-cover" />}
    </div>
  );
}
