import { Badge, type BadgeTone } from '../../components/Badge';
import { Table } from '../../components/Table';
import type { Segment } from '../../api/hooks/segments';
import { FairnessFlagBadges } from './FairnessFlags';

type Fairness = NonNullable<Segment['fairness']>;
type AttributeAudit = Fairness['attributes'][number];

const ATTRIBUTE_NAMES: Record<AttributeAudit['attribute'], string> = { ageBand: 'Age band', gender: 'Gender', disability: 'Disability', veteran: 'Veteran status' };
const STATUS: Record<AttributeAudit['status'], { label: string; tone: BadgeTone }> = {
  flagged: { label: 'Flagged', tone: 'red' },
  ok: { label: 'Within the rule', tone: 'green' },
  insufficient_data: { label: 'Too few to judge', tone: 'neutral' },
};

const formatP = (p: number | null) => (p === null ? '—' : p < 0.0001 ? '< 0.0001' : p.toFixed(4));

/**
 * The segment's fairness audit: per self-declared attribute, whether the segment reaches every
 * group at a similar rate (four-fifths rule and chi-square test), and why.
 */
export function SegmentFairness({ fairness }: { fairness: Segment['fairness'] }) {
  return (
    <section aria-labelledby="segment-fairness" className="flex flex-col gap-3">
      <h2 id="segment-fairness" className="text-lg font-semibold text-slate-900">
        Fairness audit
      </h2>
      {!fairness ? (
        <p className="text-sm text-slate-600">This segmentation ran before the fairness audit existed; run a new segmentation to audit it.</p>
      ) : (
        <>
          {fairness.flags.length > 0 ? (
            <div role="status" className="flex flex-col gap-2 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
              <FairnessFlagBadges flags={fairness.flags} />
              <p>Its members differ from the pool in a protected trait: targeting it needs an admin override with a reason.</p>
            </div>
          ) : (
            <p className="text-sm text-slate-700">No flag: the segment reaches every group of candidates who declared them at a similar rate.</p>
          )}
          <Table
            caption="Fairness audit by attribute"
            captionHidden
            columns={[
              { key: 'attribute', header: 'Attribute', rowHeader: true, cell: (a: AttributeAudit) => ATTRIBUTE_NAMES[a.attribute] },
              { key: 'status', header: 'Result', cell: (a: AttributeAudit) => <Badge tone={STATUS[a.status].tone}>{STATUS[a.status].label}</Badge> },
              { key: 'ratio', header: 'Four-fifths ratio', className: 'text-right tabular-nums', cell: (a: AttributeAudit) => (a.ratio === null ? '—' : a.ratio.toFixed(2)) },
              { key: 'p', header: 'p-value', className: 'text-right tabular-nums', cell: (a: AttributeAudit) => formatP(a.pValue) },
              { key: 'reason', header: 'Why', cell: (a: AttributeAudit) => a.reason },
            ]}
            rows={fairness.attributes}
            rowKey={(a) => a.attribute}
          />
          <p className="text-xs text-slate-600">
            Only self-declared values count; they are never used to build segments. A group is judged with at least 30 declared candidates in the pool; a flag needs a ratio (lowest group's selection rate / highest group's) below 0.8 and p &lt; 0.01.
          </p>
        </>
      )}
    </section>
  );
}
