import { useAdsPlatform } from '../../api/hooks/adsPlatforms';
import type { PublicationPreview } from '../../api/hooks/campaigns';
import { formatCount } from '../../components/charts/format';
import type { TargetingText } from './campaignForm';
import { Violations } from './PublicationPreviews';
import { TargetingEditor } from './TargetingEditor';

interface PlatformReviewProps {
  preview: PublicationPreview;
  value: TargetingText | undefined;
  error?: string;
  onChange: (text: TargetingText | undefined) => void;
}

/** One platform: the targeting it will receive (editable), who that reaches, and the rules it is checked against. */
export function PlatformReview({ preview, value, error, onChange }: PlatformReviewProps) {
  const rules = useAdsPlatform(preview.platform)?.compliance.rules ?? [];
  return (
    <section aria-label={`${preview.platformLabel} ${preview.connectionName}: what will be published`} className="flex flex-col gap-3">
      <TargetingEditor preview={preview} value={value} error={error} onChange={onChange} />
      <p className="text-sm text-slate-800" data-testid="audience-estimate">
        <span className="font-medium">Audience estimate: </span>
        {formatCount(preview.audienceSize)} candidates of the chosen segments live where this targeting reaches
        <span className="block text-xs text-slate-500">
          Counted with the same countries and cities that are sent; a city counts the candidates living in it.
        </span>
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700">Compliance checks for {preview.platformLabel} ({rules.length} rules)</summary>
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {rules.map((rule) => <li key={rule}>{rule}</li>)}
        </ul>
      </details>
      <Violations preview={preview} />
    </section>
  );
}
