import { LinkButton } from '../../components/LinkButton';
import { PipelineCounts } from './PipelineCounts';

/** A job's hiring pipeline: counts per stage, and the way to its applications. */
export function JobPipelinePanel({ jobId }: { jobId: string }) {
  return (
    <div className="flex flex-col gap-2">
      <PipelineCounts filter={{ jobId }} title="Hiring pipeline" />
      <div>
        <LinkButton to={`/applications?jobId=${jobId}`}>See this job's applications</LinkButton>
      </div>
    </div>
  );
}
