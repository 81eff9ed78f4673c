import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useCandidate, useEraseCandidate, useUpdateCandidate, type Candidate } from '../../api/hooks/candidates';
import { useSegments } from '../../api/hooks/segments';
import { NotFoundPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { DetailPageShell } from '../../components/DetailPageShell';
import { Fact } from '../../components/Fact';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { CandidateForm } from './CandidateForm';
import { candidateBody, formFromCandidate } from './candidateForm';
import { TextLink } from '../../components/TextLink';
import { CandidateDemographicsCard } from './CandidateDemographicsCard';

export function CandidateDetailPage() {
  const { candidateId = '' } = useParams();
  // Loaded alongside the candidate (not after it) so the segment's name is there with the profile.
  const segments = useSegments();
  const segmentName = (id: string) => segments.data?.items.find((s) => s.id === id)?.name ?? 'Segment';
  return (
    <DetailPageShell
      query={useCandidate(candidateId)}
      back={{ to: '/candidates', label: 'Candidates', breadcrumb: true }}
      loadingLabel="Loading candidate…"
      notFound={<NotFoundPage />}
    >
      {(candidate) => <CandidateDetail candidate={candidate} segmentName={segmentName} />}
    </DetailPageShell>
  );
}

type SegmentName = (segmentId: string) => string;

function CandidateDetail({ candidate: c, segmentName }: { candidate: Candidate; segmentName: SegmentName }) {
  const update = useUpdateCandidate();
  const toast = useToast();
  const can = useCan();
  const mutate = can('mutate');
  const isAdmin = can('admin');
  const [confirming, setConfirming] = useState(false);

  return (
    <>
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
        <CandidateRecord candidate={c} segmentName={segmentName} />
        {isAdmin && <CandidateDemographicsCard candidateId={c.id} />}
      </div>
      {confirming && <EraseCandidateDialog candidate={c} onClose={() => setConfirming(false)} />}
    </>
  );
}

function CandidateRecord({ candidate: c, segmentName }: { candidate: Candidate; segmentName: SegmentName }) {
  return (
    <Card title="Record">
      <dl className="grid grid-cols-1 gap-3 text-sm">
        <Fact label="Segment">
          {c.segmentId ? (
            <TextLink to={`/segments/${c.segmentId}`}>
              {segmentName(c.segmentId)}
            </TextLink>
          ) : (
            'Not segmented yet'
          )}
        </Fact>
        <Fact label="Marketing consent given">
          <DateTime value={c.marketingConsentAt} fallback="No consent" />
        </Fact>
        <Fact label="Added">
          <DateTime value={c.createdAt} />
        </Fact>
        <Fact label="Last updated">
          <DateTime value={c.updatedAt} />
        </Fact>
      </dl>
    </Card>
  );
}

/** GDPR erasure: explained before it happens, because it cannot be undone. */
function EraseCandidateDialog({ candidate: c, onClose }: { candidate: Candidate; onClose: () => void }) {
  const erase = useEraseCandidate();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <ConfirmDialog
      open
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
      onConfirm={() =>
        erase.mutate(c.id, {
          onSuccess: () => {
            onClose();
            toast.notify(`${c.fullName}’s personal data was erased.`);
            navigate('/candidates');
          },
        })
      }
      onCancel={onClose}
    />
  );
}
