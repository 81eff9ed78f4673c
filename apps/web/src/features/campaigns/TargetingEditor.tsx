import { useAdsPlatform } from '../../api/hooks/adsPlatforms';
import { controlClass, Field, TextField } from '../../components/FormField';
import { PlatformName } from './campaignStatus';
import { targetingToText, type TargetingText } from './campaignForm';
import type { PublicationPreview } from '../../api/hooks/campaigns';

interface TargetingEditorProps {
  preview: PublicationPreview;
  /** The edited text, or undefined while the derived targeting is used as is. */
  value: TargetingText | undefined;
  onChange: (value: TargetingText | undefined) => void;
  error?: string;
}

/**
 * One platform's targeting, derived from the job and segments; "Edit" turns it into text fields.
 * Only employment-safe dimensions exist here (places, skills, keywords): no age, gender or ZIP.
 */
export function TargetingEditor({ preview, value, onChange, error }: TargetingEditorProps) {
  const text = value ?? targetingToText(preview.targeting);
  const set = (key: keyof TargetingText, v: string) => onChange({ ...text, [key]: v });
  const name = `${preview.platformLabel} ${preview.connectionName}`;
  const skillsLabel = useAdsPlatform(preview.platform)?.targeting.skillsLabel ?? 'Skills';
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-4" aria-label={`Targeting for ${name}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <PlatformName publication={preview} />
        {value ? (
          <button type="button" className="text-sm text-indigo-700 hover:underline" onClick={() => onChange(undefined)}>
            Use the derived targeting
          </button>
        ) : (
          <button type="button" className="text-sm text-indigo-700 hover:underline" onClick={() => onChange(text)}>
            Edit targeting for {preview.platformLabel}
          </button>
        )}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label="Countries" description="ISO codes, comma-separated." readOnly={!value} value={text.countries} onChange={(e) => set('countries', e.target.value)} />
        <Field label="Cities" description="One per line: city, country code, radius in km." error={error}>
          {(control) => <textarea rows={2} readOnly={!value} className={controlClass(!!error)} value={text.cities} onChange={(e) => set('cities', e.target.value)} {...control} />}
        </Field>
        <TextField label={skillsLabel} description="Comma-separated." readOnly={!value} value={text.skills} onChange={(e) => set('skills', e.target.value)} />
        <TextField label="Keywords" description="Comma-separated (Google)." readOnly={!value} value={text.keywords} onChange={(e) => set('keywords', e.target.value)} />
      </div>
    </fieldset>
  );
}
