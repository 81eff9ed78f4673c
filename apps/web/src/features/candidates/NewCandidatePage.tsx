import { Link, useNavigate } from 'react-router-dom';
import { useCreateCandidate } from '../../api/hooks/candidates';
import { Card } from '../../components/Card';
import { cn, focusRing } from '../../components/cn';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { CandidateForm } from './CandidateForm';
import { candidateBody, emptyCandidateForm } from './candidateForm';

export function NewCandidatePage() {
  const create = useCreateCandidate();
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/candidates" className={cn('text-indigo-700 hover:underline', focusRing)}>
          Candidates
        </Link>
      </nav>
      <PageHeader title="New candidate" description="Only name and email are required; the email must be unique." />
      <Card>
        <CandidateForm
          initial={emptyCandidateForm}
          submitLabel="Create candidate"
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(candidateBody(values), {
              onSuccess: (created) => {
                toast.notify(`${created.fullName} added.`);
                navigate(`/candidates/${created.id}`);
              },
            })
          }
        />
      </Card>
    </>
  );
}
