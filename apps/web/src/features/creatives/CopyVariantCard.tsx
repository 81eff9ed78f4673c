import type { CopyVariant } from '../../api/hooks/creatives';
import { Button } from '../../components/Button';
import type { CopyPick } from './useSuggestCopyPanel';
import { WordingFindings } from './WordingFindings';

interface Props {
  variant: CopyVariant;
  /** "Meta variant 2": names the buttons for screen readers. */
  name: string;
  onUseAll: () => void;
  onPick: (pick: CopyPick) => void;
}

/** One suggested variant: use it whole, or take single texts into the form (mix). */
export function CopyVariantCard({ variant, name, onUseAll, onPick }: Props) {
  const texts = Object.fromEntries([
    ...variant.headlines.map((t, i) => [`headlines[${i}]`, t]),
    ...variant.descriptions.map((t, i) => [`descriptions[${i}]`, t]),
    ...(variant.primaryText ? [['primaryText', variant.primaryText]] : []),
  ]);
  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 text-sm">
      <div className="flex items-center justify-between gap-2">
        <p className="font-medium text-slate-900">{variant.headlines[0]}</p>
        <Button size="sm" onClick={onUseAll} aria-label={`Use ${name}`}>
          Use
        </Button>
      </div>
      {variant.primaryText && (
        <ul>
          <TextRow text={variant.primaryText} label="primary text" name={name} onUse={() => onPick({ primaryText: variant.primaryText! })} />
        </ul>
      )}
      <details>
        <summary className="cursor-pointer text-slate-700">Mix: {variant.headlines.length} headline(s), {variant.descriptions.length} description(s)</summary>
        <ul className="mt-2 flex flex-col gap-1">
          {variant.headlines.map((h) => (
            <TextRow key={`h-${h}`} text={h} label="headline" name={name} onUse={() => onPick({ headline: h })} />
          ))}
          {variant.descriptions.map((d) => (
            <TextRow key={`d-${d}`} text={d} label="description" name={name} onUse={() => onPick({ description: d })} />
          ))}
        </ul>
      </details>
      <WordingFindings findings={variant.findings} texts={texts} />
    </li>
  );
}

function TextRow({ text, label, name, onUse }: { text: string; label: string; name: string; onUse: () => void }) {
  return (
    <li className="flex items-start justify-between gap-2 list-none">
      <span className="text-slate-800">{text}</span>
      <Button size="sm" variant="secondary" onClick={onUse} aria-label={`Use “${text}” as ${label} (${name})`}>
        As {label}
      </Button>
    </li>
  );
}
