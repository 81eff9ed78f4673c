import { useState, type FormEvent } from 'react';
import type { CandidateSort } from '../../api/hooks/candidates';
import type { ParamChanges } from '../../app/useUrlFilters';
import { Button } from '../../components/Button';
import { FilterPanel } from '../../components/FilterPanel';
import { SelectField, TextField } from '../../components/FormField';
import { optionsOf, SEEKING_LABELS } from './candidateFormat';

export const SORTS: ReadonlyArray<{ value: CandidateSort; label: string }> = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'fullName', label: 'Name A–Z' },
  { value: '-fullName', label: 'Name Z–A' },
  { value: '-yearsExperience', label: 'Most experience' },
  { value: 'yearsExperience', label: 'Least experience' },
];

interface Draft {
  q: string;
  segmentId: string;
  country: string;
  skill: string;
  minExperience: string;
  maxExperience: string;
  seekingStatus: string;
  sort: string;
}

export const draftFromParams = (params: URLSearchParams): Draft => ({
  q: params.get('q') ?? '',
  segmentId: params.get('segmentId') ?? '',
  country: params.get('country') ?? '',
  skill: params.getAll('skill').join(', '),
  minExperience: params.get('minExperience') ?? '',
  maxExperience: params.get('maxExperience') ?? '',
  seekingStatus: params.get('seekingStatus') ?? '',
  sort: params.get('sort') ?? '',
});

/** The URL parameters a draft stands for (in the order the URL shows them); `skill` repeats. */
export function changesFromDraft(draft: Draft): ParamChanges {
  return {
    q: draft.q,
    segmentId: draft.segmentId,
    country: draft.country.toUpperCase(),
    skill: draft.skill.split(','),
    minExperience: draft.minExperience,
    maxExperience: draft.maxExperience,
    seekingStatus: draft.seekingStatus,
    sort: draft.sort,
  };
}

interface CandidateFiltersProps {
  initial: Draft;
  segmentOptions: Array<{ value: string; label: string }>;
  onApply: (d: Draft) => void;
  onClear: () => void;
}

/** Every filter is a draft until "Apply filters"; a search needs at least 3 characters. */
export function CandidateFilters({ initial, segmentOptions, onApply, onClear }: CandidateFiltersProps) {
  const [draft, setDraft] = useState(initial);
  const [qError, setQError] = useState<string>();
  const active = Object.entries(initial).some(([key, value]) => key !== 'sort' && value !== '');
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.q.trim();
    if (q && q.length < 3) {
      setQError('Type at least 3 characters to search.');
      return;
    }
    setQError(undefined);
    onApply(draft);
  };
  return (
    <FilterPanel label="Filter candidates" active={active} onSubmit={apply} className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField
        label="Search"
        type="search"
        description="Name, email or desired position"
        value={draft.q}
        onChange={set('q')}
        error={qError}
        className="lg:col-span-2"
      />
      <SelectField label="Segment" value={draft.segmentId} onChange={set('segmentId')} options={segmentOptions} />
      <SelectField
        label="Seeking status"
        value={draft.seekingStatus}
        onChange={set('seekingStatus')}
        options={optionsOf(SEEKING_LABELS, 'Any status')}
      />
      <TextField label="Country" value={draft.country} onChange={set('country')} description="Two-letter code, e.g. ES" maxLength={2} />
      <TextField label="Skills" value={draft.skill} onChange={set('skill')} description="Has all of them; separate with commas" />
      <div className="grid grid-cols-2 gap-2">
        <TextField label="Min. years" type="number" min={0} max={70} value={draft.minExperience} onChange={set('minExperience')} />
        <TextField label="Max. years" type="number" min={0} max={70} value={draft.maxExperience} onChange={set('maxExperience')} />
      </div>
      <SelectField
        label="Sort by"
        value={draft.sort}
        onChange={set('sort')}
        options={[{ value: '', label: 'Newest first (default)' }, ...SORTS.slice(1)]}
      />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" onClick={onClear}>
          Clear
        </Button>
      </div>
    </FilterPanel>
  );
}
