import { imageSizeHint, useAdsPlatforms } from '../../api/hooks/adsPlatforms';
import type { CreativeImageRef } from '../../api/hooks/creatives';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Field } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CREATIVE_IMAGE_TYPES } from '../../api/hooks/creatives';
import { useCreativeImageUpload } from './useCreativeImageUpload';

interface Props {
  value: CreativeImageRef | null;
  onChange: (image: CreativeImageRef | null) => void;
}

/** "Upload image": PNG/JPEG/WebP up to 5 MB, previewed with its size and whether each platform takes it. */
export function CreativeImageUpload({ value, onChange }: Props) {
  const platforms = useAdsPlatforms().data;
  const { choose, remove, uploading, clientError, apiError, verdicts } = useCreativeImageUpload(onChange);
  const hint = ['PNG, JPEG or WebP, up to 5 MB; camera data (EXIF) is removed.', imageSizeHint(platforms)].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-2">
      <Field label="Upload image" description={hint} error={clientError ?? apiError?.fieldError('file')}>
        {(control) => (
          <input
            type="file"
            accept={CREATIVE_IMAGE_TYPES.join(',')}
            disabled={uploading}
            onChange={choose}
            className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-indigo-50 file:px-3 file:py-1.5 file:text-indigo-800"
            {...control}
          />
        )}
      </Field>
      {uploading && <p className="text-sm text-slate-600">Uploading…</p>}
      {apiError && !apiError.fieldError('file') && <ProblemAlert error={apiError} />}
      {value && (
        <figure className="flex items-start gap-3">
          <img src={value.url} alt="Uploaded ad image" className="h-24 w-24 rounded border border-slate-200 object-cover" />
          <figcaption className="flex flex-col gap-1 text-sm text-slate-700">
            <span>
              {value.width}×{value.height} {value.format.toUpperCase()}
            </span>
            <span className="flex flex-wrap gap-1">
              {verdicts.map((v) => (
                <Badge key={v.platform} tone={v.fits ? 'green' : 'amber'}>
                  {v.fits ? `${v.label}: fits (${v.shape ?? 'any size'})` : `${v.label}: too small`}
                </Badge>
              ))}
            </span>
            {verdicts.filter((v) => !v.fits).map((v) => (
              <span key={v.platform} className="text-amber-800">{v.message}</span>
            ))}
            <Button variant="secondary" size="sm" onClick={remove}>
              Remove image
            </Button>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
