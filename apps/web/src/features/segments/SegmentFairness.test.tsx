import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../api/hooks/segments';
import { FairnessFlagBadges } from './FairnessFlags';
import { SegmentFairness } from './SegmentFairness';

type Fairness = NonNullable<Segment['fairness']>;
const group = (g: string, rate: number) => ({ group: g, poolCount: 200, selectedCount: rate * 200, poolShare: 0.5, selectedShare: 0.5, selectionRate: rate, eligible: true });

const audit: Fairness = {
  flags: ['may act as a proxy for age band'],
  attributes: [
    {
      attribute: 'ageBand', status: 'flagged', declaredInPool: 400, declaredSelected: 90, groups: [group('18-24', 0.4), group('55-64', 0.05)],
      ratio: 0.125, lowestGroup: '55-64', highestGroup: '18-24', chiSquare: 40.2, degreesOfFreedom: 1, pValue: 0.00001,
      reason: '55-64 selected at 5.0 % vs 18-24 at 40.0 % (ratio 0.13, p = < 0.0001): below the four-fifths rule and unlikely to be chance.',
    },
    {
      attribute: 'veteran', status: 'insufficient_data', declaredInPool: 12, declaredSelected: 3, groups: [], ratio: null, lowestGroup: null, highestGroup: null,
      chiSquare: null, degreesOfFreedom: null, pValue: null, reason: 'Not judged: fewer than two groups with at least 30 declared candidates in the pool and 5 expected in the selection.',
    },
  ],
};

describe('SegmentFairness', () => {
  it('shows the flag, the rule it breaks and why, per attribute', () => {
    render(<SegmentFairness fairness={audit} />);
    const section = screen.getByRole('region', { name: 'Fairness audit' });
    expect(within(section).getByRole('status')).toHaveTextContent('May act as a proxy for age band');
    expect(within(section).getByRole('status')).toHaveTextContent('needs an admin override');
    const age = screen.getByRole('row', { name: /Age band/ });
    expect(age).toHaveTextContent('Flagged');
    expect(age).toHaveTextContent('0.13');
    expect(age).toHaveTextContent('< 0.0001');
    expect(age).toHaveTextContent('below the four-fifths rule');
    const veteran = screen.getByRole('row', { name: /Veteran status/ });
    expect(veteran).toHaveTextContent('Too few to judge');
    expect(veteran).toHaveTextContent('at least 30 declared candidates');
  });

  it('says so when nothing is flagged, and when the run predates the audit', () => {
    const { unmount } = render(<SegmentFairness fairness={{ ...audit, flags: [], attributes: [{ ...audit.attributes[0], status: 'ok', ratio: 0.93, reason: 'within the four-fifths rule.' }] }} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText(/No flag/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Age band/ })).toHaveTextContent('Within the rule');
    unmount();
    render(<SegmentFairness fairness={null} />);
    expect(screen.getByText(/ran before the fairness audit existed/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('FairnessFlagBadges', () => {
  it('renders one badge per flag and nothing without flags', () => {
    const { container, rerender } = render(<FairnessFlagBadges flags={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<FairnessFlagBadges flags={['may act as a proxy for age band', 'may act as a proxy for gender']} />);
    expect(screen.getByText('May act as a proxy for age band')).toBeInTheDocument();
    expect(screen.getByText('May act as a proxy for gender')).toBeInTheDocument();
  });
});
