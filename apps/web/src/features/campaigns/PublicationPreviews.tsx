import { useAdsPlatform } from '../../api/hooks/adsPlatforms';
import { Badge } from '../../components/Badge';
import { formatCount } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { PlatformName } from './campaignStatus';
import { useTargetingPreview, type PublicationPreview, type Targeting } from '../../api/hooks/campaigns';

/** Compliance verdict of one platform: the rule each problem breaks, or "ready". */
export function Violations({ preview }: { preview: Pick<PublicationPreview, 'violations' | 'platformLabel'> }) {
  if (preview.violations.length === 0) {
    return <p className="text-sm text-green-800">Meets the {preview.platformLabel} employment-ad rules and text limits.</p>;
  }
  return (
    <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">
        {preview.violations.length === 1 ? '1 problem' : `${preview.violations.length} problems`} to fix before publishing to {preview.platformLabel}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {preview.violations.map((v) => (
          <li key={`${v.field}:${v.message}`}>
            <span className="font-mono text-xs">{v.field}</span>: {v.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TargetingSummary({ targeting, platform }: { targeting: Targeting; platform: PublicationPreview['platform'] }) {
  const targetingStyle = useAdsPlatform(platform)?.targeting;
  const places = [
    ...targeting.cities.map((c) => `${c.name}, ${c.countryCode} (+${c.radiusKm} km)`),
    ...targeting.countries,
  ];
  return (
    <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="text-slate-600">Locations</dt>
      <dd>{places.join(' · ') || '—'}</dd>
      <dt className="text-slate-600">{targetingStyle?.skillsLabel ?? 'Skills'}</dt>
      <dd className="flex flex-wrap gap-1">{targeting.skills.length ? targeting.skills.map((s) => <Badge key={s}>{s}</Badge>) : '—'}</dd>
      {(targetingStyle?.usesKeywords ?? true) && (
        <>
          <dt className="text-slate-600">Extra keywords</dt>
          <dd>{targeting.keywords.join(', ') || '—'}</dd>
        </>
      )}
    </dl>
  );
}

/** Per platform: targeting, compliance, and the exact request bodies (collapsed). */
export function PublicationPreviews({ previews, audienceSize }: { previews: readonly PublicationPreview[]; audienceSize?: number }) {
  return (
    <div className="flex flex-col gap-4">
      {audienceSize !== undefined && <p className="text-sm text-slate-700">Audience: {formatCount(audienceSize)} candidates in the chosen segments.</p>}
      {previews.map((p) => (
        <section key={p.connectionId} aria-label={`${p.platformLabel} ${p.connectionName}`} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <PlatformName publication={p} />
          <TargetingSummary targeting={p.targeting} platform={p.platform} />
          <Violations preview={p} />
          <details className="text-sm">
            <summary className="cursor-pointer text-indigo-700">What will be sent</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(p.payload, null, 2)}</pre>
          </details>
        </section>
      ))}
    </div>
  );
}

export function TargetingPreviewList({ campaignId }: { campaignId: string }) {
  const preview = useTargetingPreview(campaignId);
  if (preview.isError) return <ProblemAlert error={preview.error} />;
  if (!preview.data) return <LoadingBlock label="Loading targeting…" />;
  return <PublicationPreviews previews={preview.data.publications} audienceSize={preview.data.audienceSize} />;
}
