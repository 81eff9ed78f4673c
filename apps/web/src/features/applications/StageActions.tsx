import { useState } from 'react';
import { useUpdateApplication, type ApplicationDetail } from '../../api/hooks/applications';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { STAGE_LABELS } from './stages';

const EXITS = new Set(['rejected', 'withdrawn']);

/** One button per stage the API allows next (its allowedStages), with an optional note for the timeline. */
export function StageActions({ application }: { application: ApplicationDetail }) {
  const update = useUpdateApplication();
  const [note, setNote] = useState('');
  if (application.allowedStages.length === 0) {
    return <Card title="Move to stage"><p className="text-sm text-slate-600">This application is {STAGE_LABELS[application.stage].toLowerCase()}: its stage is final.</p></Card>;
  }
  const move = (stage: ApplicationDetail['stage']) =>
    update.mutate({ id: application.id, changes: { stage, ...(note.trim() ? { stageNote: note.trim() } : {}) } }, { onSuccess: () => setNote('') });
  return (
    <Card title="Move to stage">
      <div className="flex flex-col gap-3">
        <TextField label="Note for the timeline (optional)" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        <div className="flex flex-wrap gap-2">
          {application.allowedStages.map((stage) => (
            <Button key={stage} variant={EXITS.has(stage) ? 'secondary' : 'primary'} size="sm" loading={update.isPending && update.variables?.changes.stage === stage} disabled={update.isPending} onClick={() => move(stage)}>
              {EXITS.has(stage) ? `Mark ${STAGE_LABELS[stage].toLowerCase()}` : `Move to ${STAGE_LABELS[stage].toLowerCase()}`}
            </Button>
          ))}
        </div>
        {update.error && <ProblemAlert error={update.error} />}
      </div>
    </Card>
  );
}
