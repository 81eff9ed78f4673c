import { useState } from 'react';
import { useUpdateApplication, type ApplicationDetail } from '../../api/hooks/applications';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Field, controlClass } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Free notes on the application; viewers read them, recruiters and admins edit them. */
export function ApplicationNotes({ application, editable }: { application: ApplicationDetail; editable: boolean }) {
  const update = useUpdateApplication();
  const [draft, setDraft] = useState(application.notes ?? '');
  if (!editable) {
    return <Card title="Notes"><p className="text-sm whitespace-pre-wrap text-slate-800">{application.notes ?? 'No notes.'}</p></Card>;
  }
  const changed = draft !== (application.notes ?? '');
  return (
    <Card title="Notes">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: application.id, changes: { notes: draft.trim() ? draft : null } });
        }}
      >
        <Field label="Notes">
          {(control) => <textarea {...control} rows={4} maxLength={4000} className={controlClass(false)} value={draft} onChange={(e) => setDraft(e.target.value)} />}
        </Field>
        {update.error && <ProblemAlert error={update.error} />}
        <div>
          <Button type="submit" size="sm" disabled={!changed} loading={update.isPending}>
            Save notes
          </Button>
        </div>
      </form>
    </Card>
  );
}
