import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiCard } from './KpiCard';

const card = (name: string) => screen.getByRole('group', { name });

describe('KpiCard', () => {
  it('shows a rise with an up arrow, the signed change, and green when up is good', () => {
    render(<KpiCard label="Applications" value="120" change={0.25} previous="96" comparedTo="previous 30 days" better="up" />);
    const delta = card('Applications').querySelector('p:last-child')!;
    expect(card('Applications')).toHaveTextContent('120');
    expect(delta).toHaveTextContent('▲Up+25%vs previous 30 days (was 96)');
    expect(delta).toHaveClass('text-green-700');
  });

  it('shows a fall of a cost as good news (down arrow, green)', () => {
    render(<KpiCard label="Cost per applicant" value="$40.00" change={-0.2} previous="$50.00" better="down" />);
    const delta = card('Cost per applicant').querySelector('p:last-child')!;
    expect(delta).toHaveTextContent('▼Down-20%vs previous period (was $50.00)');
    expect(delta).toHaveClass('text-green-700');
  });

  it('shows a rising cost in red, and neutral metrics in grey', () => {
    const { unmount } = render(<KpiCard label="Cost per click" value="$2.00" change={0.1} better="down" />);
    expect(card('Cost per click').querySelector('p:last-child')).toHaveClass('text-red-700');
    unmount();
    render(<KpiCard label="Spend" value="$2.00" change={0.1} better="neutral" />);
    expect(card('Spend').querySelector('p:last-child')).toHaveClass('text-slate-700');
  });

  it('says there is no comparison when the change is null (nothing in the previous period)', () => {
    render(<KpiCard label="Spend" value="$10.00" change={null} previous="$0.00" comparedTo="previous 7 days" />);
    expect(card('Spend')).toHaveTextContent('No comparison: nothing in the previous 7 days');
    expect(card('Spend')).not.toHaveTextContent('%');
    expect(card('Spend')).not.toHaveTextContent(/▲|▼/);
  });

  it('says "no change" for a change that rounds to zero', () => {
    render(<KpiCard label="Clicks" value="10" change={0.00004} previous="10" />);
    expect(card('Clicks')).toHaveTextContent('No change vs previous period (was 10)');
  });

  it('shows no comparison line at all when there is none to make', () => {
    render(<KpiCard label="Clicks" value="10" />);
    expect(card('Clicks').querySelectorAll('p')).toHaveLength(2);
  });
});
