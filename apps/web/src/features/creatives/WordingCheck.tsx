import { useEffect, useState } from 'react';
import { useWordingCheck } from '../../api/hooks/creatives';
import { WordingFindings } from './WordingFindings';

interface Props {
  /** Field name → label and current text. */
  fields: Record<string, { label: string; text: string }>;
  internship?: boolean;
}

/** Exclusionary-wording warnings for text being typed (checked by the API once typing pauses). */
export function WordingCheck({ fields, internship = false }: Props) {
  const texts = Object.entries(fields).map(([field, { text }]) => ({ field, text }));
  const settled = useSettled(texts);
  const check = useWordingCheck(settled, internship);
  const findings = check.data?.findings ?? [];
  if (!findings.length) return null;
  const current = Object.fromEntries(texts.map((t) => [t.field, t.text]));
  const labels = Object.fromEntries(Object.entries(fields).map(([field, { label }]) => [field, label]));
  const blocking = findings.some((f) => f.severity === 'block');
  return (
    <section aria-labelledby="wording-heading" className="flex flex-col gap-2">
      <h3 id="wording-heading" className="text-sm font-semibold text-slate-900">
        Inclusive wording
      </h3>
      <p className="text-sm text-slate-700">
        {blocking ? 'Some phrases exclude applicants explicitly: ads with them cannot be published.' : 'Suggestions only: nothing here blocks saving or publishing.'}
      </p>
      <WordingFindings findings={findings} texts={current} labels={labels} />
    </section>
  );
}

/** The texts once they have stopped changing for a moment (one request per pause, not per key). */
function useSettled<T>(value: T, ms = 500): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}
