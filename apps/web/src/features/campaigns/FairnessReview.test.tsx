import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FairnessReview } from './FairnessReview';

const SEGMENT_WARNING = { field: 'segmentIds', message: '"Senior accountants" may act as a proxy for age band (fairness audit); targeting it needs an admin override with a reason.' };
const CITY_WARNING = { field: 'targeting.cities', message: 'Targeting Austin (US, 40 km) may act as a proxy for age band: …' };

function Harness({ canOverride, onReason }: { canOverride: boolean; onReason: (r: string) => void }) {
  const [reason, setReason] = useState('');
  return (
    <FairnessReview
      warnings={[SEGMENT_WARNING, CITY_WARNING]}
      canOverride={canOverride}
      reason={reason}
      onReason={(r) => {
        onReason(r);
        setReason(r);
      }}
    />
  );
}

describe('FairnessReview and the override dialog', () => {
  it('lets an admin override with a reason of at least 10 characters, and shows the recorded reason', async () => {
    const user = userEvent.setup({ delay: null });
    const onReason = vi.fn();
    render(<Harness canOverride onReason={onReason} />);
    expect(screen.getByRole('region', { name: 'Fairness audit' })).toHaveTextContent('"Senior accountants" may act as a proxy for age band');
    expect(screen.getByText(/Targeting Austin/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Override with a reason…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Override the fairness audit' });
    expect(dialog).toHaveTextContent('"Senior accountants" may act as a proxy for age band');
    const reason = screen.getByLabelText('Why is targeting these segments justified?');
    await user.type(reason, 'too short');
    await user.click(screen.getByRole('button', { name: 'Override with this reason' }));
    expect(onReason).not.toHaveBeenCalled();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Give a reason of at least 10 characters.');

    await user.type(reason, ' — apprenticeship open to every age  ');
    await user.click(screen.getByRole('button', { name: 'Override with this reason' }));
    expect(onReason).toHaveBeenCalledWith('too short — apprenticeship open to every age');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByText(/Overridden: “too short — apprenticeship open to every age”/)).toBeInTheDocument();
  });

  it('tells anyone but an admin that only an admin can override', () => {
    render(<Harness canOverride={false} onReason={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /Override/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Only an admin can override the audit/)).toBeInTheDocument();
  });

  it('shows a city warning without asking for an override, and nothing without warnings', () => {
    const { container, rerender } = render(<FairnessReview warnings={[CITY_WARNING]} canOverride reason="" onReason={vi.fn()} />);
    expect(screen.getByText(/Targeting Austin/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(<FairnessReview warnings={[]} canOverride reason="" onReason={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
