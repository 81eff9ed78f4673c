import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCandidate, useEraseCandidate, useUpdateCandidate } from '../../api/hooks/candidates';
import { useCan } from '../../app/permissions';
import { NotFoundPage } from '../../app/ErrorPages';
import { ApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { useSegments } from '../segments/segmentsApi';
import { CandidateForm } from './CandidateForm';
import { candidateBody, formFromCandidate } from './candidateForm';

export function CandidateDetailPage() {
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const update = useUpdateCandidate();
  const erase = useEraseCandidate();
  const segments = useSegments();
  const can = useCan();
  const toast = useToast();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);

  if (candidate.error instanceof ApiError && candidate.error.status === 404) return <NotFoundPage />;
  if (candidate.error) return <ProblemAlert error={candidate.error} />;
  if (!candidate.data) return <LoadingBlock label="Loading candidate…" />;
  const c = candidate.data;
  const segmentName = c.segmentId ? (segments.data?.items.find((s) => s.id === c.segmentId)?.name ?? 'Segment') : null;
  const mutate = can('mutate');

  const onErase = () =>
    erase.mutate(c.id, {
      onSuccess: () => {
        setConfirming(false);
        toast.notify(`${c.fullName}’s personal data was erased.`);
        navigate('/candidates');
      },
    });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/candidates" className={cn('text-indigo-700 hover:underline', focusRing)}>
          Candidates
        </Link>
      </nav>
      <PageHeader title={c.fullName} description={c.desiredPosition ?? undefined} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title={mutate ? 'Edit candidate' : 'Profile'} className="lg:col-span-2">
          <CandidateForm
            key={c.updatedAt}
            initial={formFromCandidate(c)}
            readOnly={!mutate}
            submitLabel="Save changes"
            pending={update.isPending}
            error={update.error}
            onSubmit={(values) =>
              update.mutate({ id: c.id, changes: candidateBody(values) }, { onSuccess: (saved) => toast.notify(`${saved.fullName} saved.`) })
            }
            extraActions={
              <Button variant="danger" onClick={() => setConfirming(true)}>
                Erase candidate
              </Button>
            }
          />
        </Card>
        <Card title="Record">
          <dl className="grid grid-cols-1 gap-3 text-sm">
            <div>
              <dt className="text-slate-600">Segment</dt>
              <dd className="text-slate-900">
                {c.segmentId ? (
                  <Link to={`/segments/${c.segmentId}`} className={cn('text-indigo-700 hover:underline', focusRing)}>
                    {segmentName}
                  </Link>
                ) : (
                  'Not segmented yet'
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Marketing consent given</dt>
              <dd className="text-slate-900">
                <DateTime value={c.marketingConsentAt} fallback="No consent" />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Added</dt>
              <dd className="text-slate-900">
                <DateTime value={c.createdAt} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Last updated</dt>
              <dd className="text-slate-900">
                <DateTime value={c.updatedAt} />
              </dd>
            </div>
          </dl>
        </Card>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Erase ${c.fullName}?`}
        description={
          <>
            This permanently erases the candidate’s personal data — name, email, phone, location and profile — from AdFlux (right to erasure). It cannot be
            undone; importing them again creates a new candidate.
          </>
        }
        confirmLabel="Erase personal data"
        pending={erase.isPending}
        error={erase.error}
        onConfirm={onErase}
        onCancel={() => {
          setConfirming(false);
          erase.reset();
        }}
      />
    </>
  );
}
