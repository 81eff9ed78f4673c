import { useState } from 'react';
import { useOverrideCampaignFairness, useTargetingPreview, type Campaign } from '../../api/hooks/campaigns';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { FairnessOverrideDialog } from './FairnessOverrideDialog';

/**
 * A saved campaign's fairness audit: the admin override on record, and what the audit flags now
 * (a newer segmentation may flag its segments: publishing then needs a new override).
 */
export function CampaignFairness({ campaign }: { campaign: Campaign }) {
  const isAdmin = useCan()('admin');
  const warnings = useTargetingPreview(campaign.id).data?.fairnessWarnings ?? [];
  const override = useOverrideCampaignFairness();
  const [open, setOpen] = useState(false);
  const recorded = campaign.fairnessOverride;
  const covered = new Set(recorded?.segments.map((s) => s.name) ?? []);
  const flagged = warnings.filter((w) => w.field === 'segmentIds' && ![...covered].some((name) => w.message.startsWith(`"${name}"`)));
  if (!recorded && warnings.length === 0) return null;
  return (
    <section aria-labelledby="campaign-fairness" className="flex flex-col gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
      <h2 id="campaign-fairness" className="font-semibold">
        Fairness audit
      </h2>
      {recorded && (
        <p>
          Overridden by {recorded.byLabel} for {recorded.segments.map((s) => s.name).join(', ')}: “{recorded.reason}”
        </p>
      )}
      {[...warnings.filter((w) => w.field !== 'segmentIds'), ...flagged].map((w) => (
        <p key={w.message}>{w.message}</p>
      ))}
      {flagged.length > 0 && isAdmin && (
        <Button variant="danger" size="sm" className="self-start" onClick={() => setOpen(true)}>
          Override with a reason…
        </Button>
      )}
      {open && (
        <FairnessOverrideDialog
          open
          flagged={flagged.map((w) => w.message)}
          pending={override.isPending}
          error={override.error}
          onCancel={() => setOpen(false)}
          onConfirm={(reason) => override.mutate({ id: campaign.id, reason }, { onSuccess: () => setOpen(false) })}
        />
      )}
    </section>
  );
}
