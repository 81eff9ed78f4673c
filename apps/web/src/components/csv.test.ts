import { describe, expect, it } from 'vitest';
import { csvDataHref, csvText, moneyCsvColumn, type CsvColumn } from './csv';

interface Row {
  name: string;
  spendMinor: number | null;
  clicks: number;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Campaign', value: (r) => r.name },
  moneyCsvColumn<Row>('Spend', 'USD', (r) => r.spendMinor),
  { header: 'Clicks', value: (r) => r.clicks },
];

describe('csv export', () => {
  it('uses the visible headers and money in units with its currency', () => {
    expect(csvText(columns, [{ name: 'Nurses, Austin', spendMinor: 123456, clicks: 7 }])).toBe('Campaign,Spend (USD),Clicks\r\n"Nurses, Austin",1234.56,7\r\n');
  });

  it('keeps the header row on an empty table', () => {
    expect(csvText(columns, [])).toBe('Campaign,Spend (USD),Clicks\r\n');
  });

  it('leaves undefined money empty, never 0', () => {
    expect(csvText(columns, [{ name: 'New', spendMinor: null, clicks: 0 }])).toBe('Campaign,Spend (USD),Clicks\r\nNew,,0\r\n');
  });

  it('neutralises formulas but keeps negative numbers', () => {
    const text = csvText([{ header: 'v', value: (v: string | number) => v }], ['=HYPERLINK("x")', '@SUM(A1)', -5, '-3.5', '+1 call']);
    expect(text.split('\r\n').slice(1, 6)).toEqual([`"'=HYPERLINK(""x"")"`, "'@SUM(A1)", '-5', '-3.5', "'+1 call"]);
  });

  it('makes a data: URL a link can download', () => {
    expect(decodeURIComponent(csvDataHref(columns, []).replace('data:text/csv;charset=utf-8,', ''))).toBe('Campaign,Spend (USD),Clicks\r\n');
  });
});
