import type { WordingFinding } from '../../api/hooks/creatives';
import { cn } from '../../components/cn';

interface Props {
  findings: readonly Pick<WordingFinding, 'field' | 'phrase' | 'start' | 'end' | 'message' | 'suggestion' | 'severity'>[];
  /** The text of each field, so the phrase is shown highlighted in its sentence. */
  texts?: Record<string, string>;
  /** Human names of the fields ("description" → "Description"). */
  labels?: Record<string, string>;
  className?: string;
}

/** Exclusionary-wording findings: the phrase highlighted in context, why it matters, and what to write instead. */
export function WordingFindings({ findings, texts = {}, labels = {}, className }: Props) {
  if (!findings.length) return null;
  return (
    <ul aria-label="Wording suggestions" className={cn('flex flex-col gap-2 text-sm', className)}>
      {findings.map((f) => (
        <li key={`${f.field}:${f.start}`} className={cn('rounded-md border px-3 py-2', f.severity === 'block' ? 'border-red-200 bg-red-50 text-red-900' : 'border-amber-200 bg-amber-50 text-amber-900')}>
          <p>
            <span className="font-medium">{f.severity === 'block' ? 'Blocks publishing' : 'Consider rewording'}</span>
            {` · ${labels[f.field] ?? f.field}`}: <Context text={texts[f.field]} start={f.start} end={f.end} phrase={f.phrase} />
          </p>
          <p>{f.message}</p>
          <p className="text-slate-700">Suggestion: {f.suggestion}</p>
        </li>
      ))}
    </ul>
  );
}

/** A few words either side of the phrase, the phrase marked. */
function Context({ text, start, end, phrase }: { text?: string; start: number; end: number; phrase: string }) {
  if (!text || text.slice(start, end) !== phrase) return <mark className="rounded bg-amber-200 px-0.5">{phrase}</mark>;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return (
    <q>
      {start > 30 ? '…' : ''}
      {before}
      <mark className="rounded bg-amber-200 px-0.5">{phrase}</mark>
      {after}
      {end + 30 < text.length ? '…' : ''}
    </q>
  );
}
