import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CopyVariantCard } from './CopyVariantCard';
import { useSuggestCopyPanel, type SuggestCopyInput } from './useSuggestCopyPanel';

const TONES = [
  { value: 'professional', label: 'Professional' },
  { value: 'friendly', label: 'Friendly' },
  { value: 'bold', label: 'Bold' },
  { value: 'concise', label: 'Concise' },
] as const;

/** The Creative step's side panel: ad copy variants per platform, within each platform's limits. */
export function SuggestCopyPanel(props: SuggestCopyInput) {
  const { tone, setTone, ask, canAsk, suggest, pick, useVariant } = useSuggestCopyPanel(props);
  const data = suggest.data;
  return (
    <section aria-labelledby="suggest-copy-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h3 id="suggest-copy-heading" className="text-sm font-semibold text-slate-900">
        Suggest copy
      </h3>
      <div className="flex flex-wrap items-end gap-2">
        <SelectField label="Tone" value={tone} onChange={(e) => setTone(e.target.value as typeof tone)} options={[...TONES]} />
        <Button onClick={ask} loading={suggest.isPending} disabled={!canAsk}>
          Suggest copy
        </Button>
      </div>
      {!canAsk && <p className="text-sm text-slate-700">Choose a job and at least one platform connection first.</p>}
      {suggest.isError && <ProblemAlert error={suggest.error} />}
      {data && (
        <>
          <p className="text-sm text-slate-700">
            {data.origin === 'ai' ? <Badge tone="indigo">Written by Gemini ({data.model})</Badge> : <Badge>Offline templates</Badge>} Pick a variant, or mix single texts; edit them in the form.
          </p>
          {data.platforms.map((p) => (
            <div key={p.platform} className="flex flex-col gap-2">
              <h4 className="text-sm font-medium text-slate-900">
                {p.label} <span className="font-normal text-slate-600">· headline ≤ {p.limits.headline.maxLength}{p.limits.primaryText ? `, primary text ≤ ${p.limits.primaryText.maxLength}` : ''}, description ≤ {p.limits.description.maxLength}</span>
              </h4>
              <ul className="flex flex-col gap-2">
                {p.variants.map((v, i) => (
                  <CopyVariantCard key={i} variant={v} name={`${p.label} variant ${i + 1}`} onUseAll={() => useVariant(v)} onPick={pick} />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
