import { useState } from 'react';
import { useCandidateDemographics, useReplaceCandidateDemographics, type CandidateDemographics } from '../../api/hooks/candidates';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useToast } from '../../components/Toast';

type Key = keyof CandidateDemographics;
const YES_NO = ['yes', 'no', 'prefer_not_to_say'];
const FIELDS: Array<{ key: Key; label: string; values: string[] }> = [
  { key: 'ageBand', label: 'Age band', values: ['18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'prefer_not_to_say'] },
  { key: 'gender', label: 'Gender', values: ['woman', 'man', 'non_binary', 'self_described', 'prefer_not_to_say'] },
  { key: 'disability', label: 'Disability', values: YES_NO },
  { key: 'veteran', label: 'Veteran', values: YES_NO },
];
const options = (values: string[]) => [{ value: '', label: 'Not declared' }, ...values.map((v) => ({ value: v, label: v.replace(/_/g, ' ') }))];

/** Admins only: the candidate's self-declared values, used solely by the segment fairness audit. */
export function CandidateDemographicsCard({ candidateId }: { candidateId: string }) {
  const query = useCandidateDemographics(candidateId, true);
  const replace = useReplaceCandidateDemographics();
  const toast = useToast();
  const [edited, setEdited] = useState<CandidateDemographics | null>(null);
  const values = edited ?? query.data;
  return (
    <Card title="Self-declared (audit only)" description="Used only for the segment fairness audit: never to build segments, never sent to a platform. Admins only.">
      {query.isError && <ProblemAlert error={query.error} />}
      {values && (
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            replace.mutate({ id: candidateId, body: values }, { onSuccess: () => { setEdited(null); toast.notify('Declared values saved.'); } });
          }}
        >
          {FIELDS.map((f) => (
            <SelectField key={f.key} label={f.label} options={options(f.values)} value={values[f.key] ?? ''} onChange={(e) => setEdited({ ...values, [f.key]: e.target.value || null })} />
          ))}
          {replace.isError && <ProblemAlert error={replace.error} />}
          <Button type="submit" variant="secondary" loading={replace.isPending} disabled={!edited} className="self-start">
            Save declared values
          </Button>
        </form>
      )}
    </Card>
  );
}
