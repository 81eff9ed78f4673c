import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../api/hooks/candidates';
import { ImportPreviewPanel } from './ImportPreviewPanel';

const preview: ImportPreview = {
  delimiter: ',',
  columns: [
    { index: 0, header: 'Name', column: 'full_name', guessed: true },
    { index: 1, header: 'Salary', column: 'desired_salary', guessed: true },
  ],
  problems: [],
  rows: [],
  knownColumns: [{ name: 'full_name', required: true, allowedValues: null, description: 'text' }],
  defaultSalaryCurrency: 'EUR',
  // Not the SPA's old list: proves the options come from the API.
  commonCurrencies: ['USD', 'NOK', 'EUR'],
};

describe('ImportPreviewPanel', () => {
  it("offers the API's currency shortlist for salaries without one, the default first", async () => {
    const onCurrency = vi.fn();
    render(<ImportPreviewPanel preview={preview} onMapColumn={() => {}} onCurrency={onCurrency} />);
    const select = screen.getByRole('combobox', { name: 'Currency of salaries written without one' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['EUR', 'USD', 'NOK']);
    await userEvent.setup().selectOptions(select, 'NOK');
    expect(onCurrency).toHaveBeenCalledWith('NOK');
  });

  it('asks for no currency when no column imports as a salary', () => {
    render(<ImportPreviewPanel preview={{ ...preview, columns: [preview.columns[0]!] }} onMapColumn={() => {}} onCurrency={() => {}} />);
    expect(screen.queryByRole('combobox', { name: 'Currency of salaries written without one' })).not.toBeInTheDocument();
  });
});
