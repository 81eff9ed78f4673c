import { useAdsPlatforms } from '../../api/hooks/adsPlatforms';
import { Badge } from '../../components/Badge';
import { PlatformName } from './campaignStatus';
import { CTA_LABELS, type CallToAction } from './campaignForm';
import type { PublicationPreview } from '../../api/hooks/campaigns';
import { Violations } from './PublicationPreviews';

interface CreativeLike {
  headline: string;
  primaryText: string;
  description: string;
  callToAction: CallToAction;
  imageUrl: string;
}

/** How the ad roughly looks on each chosen platform, next to that platform's compliance verdict. */
export function AdPreviews({ creative, previews, company }: { creative: CreativeLike; previews: readonly PublicationPreview[]; company: string }) {
  const platforms = useAdsPlatforms().data;
  const isSearchAd = (p: PublicationPreview) => platforms?.find((d) => d.kind === p.platform)?.targeting.adPreview === 'search';
  return (
    <div className="flex flex-col gap-4">
      {previews.map((p) => (
        <section key={p.connectionId} aria-label={`${p.platformLabel} preview`} className="flex flex-col gap-3">
          <PlatformName publication={p} />
          {isSearchAd(p) ? <GoogleAd preview={p} /> : <FeedAd creative={creative} company={company} sandbox={p.isSandbox} />}
          <Violations preview={p} />
        </section>
      ))}
    </div>
  );
}

function FeedAd({ creative, company, sandbox }: { creative: CreativeLike; company: string; sandbox: boolean }) {
  return (
    <div className="max-w-sm overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      <div className="flex items-center gap-2 px-3 py-2">
        <span className="font-semibold">{company}</span>
        <span className="text-xs text-slate-500">Sponsored</span>
        {sandbox && <Badge tone="amber">Simulated</Badge>}
      </div>
      <p className="px-3 pb-2 whitespace-pre-wrap">{creative.primaryText || <span className="text-slate-400">Primary text</span>}</p>
      {creative.imageUrl ? (
        <img src={creative.imageUrl} alt="" className="aspect-[1.91/1] w-full bg-slate-100 object-cover" />
      ) : (
        <div className="flex aspect-[1.91/1] w-full items-center justify-center bg-slate-100 text-xs text-slate-500">No image</div>
      )}
      <div className="flex items-center justify-between gap-2 bg-slate-50 px-3 py-2">
        <div className="min-w-0">
          <p className="truncate font-semibold">{creative.headline || <span className="text-slate-400">Headline</span>}</p>
          <p className="truncate text-xs text-slate-600">{creative.description}</p>
        </div>
        <span className="shrink-0 rounded bg-slate-200 px-2 py-1 text-xs font-semibold">{CTA_LABELS[creative.callToAction]}</span>
      </div>
    </div>
  );
}

/** The responsive search ad the Google adapter would build (headlines and descriptions from the payload). */
function GoogleAd({ preview }: { preview: PublicationPreview }) {
  const rsa = (preview.payload.responsive_search_ad ?? {}) as { headlines?: string[]; descriptions?: string[]; final_urls?: string[] };
  const host = rsa.final_urls?.[0] ? new URL(rsa.final_urls[0]).host : '';
  return (
    <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <p className="text-xs text-slate-700">
        <span className="font-semibold">Sponsored</span> · {host}
      </p>
      <p className="text-lg text-blue-800">{(rsa.headlines ?? []).slice(0, 3).join(' | ') || 'Headlines'}</p>
      <p className="text-slate-700">{(rsa.descriptions ?? []).slice(0, 2).join(' ')}</p>
    </div>
  );
}
