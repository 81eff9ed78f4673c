import { csvCell, guardCsvRecord, toCsv } from './csv';

describe('toCsv', () => {
  it('writes money in units of its currency, named with the currency (not minor-unit integers)', () => {
    expect(toCsv([{ key: 'meta', spendMinor: 123456, cpcMinor: null }], { currency: 'USD' })).toBe('key,spend (USD),cpc (USD)\r\nmeta,1234.56,\r\n');
    expect(toCsv([{ pacing: { spentMinor: 500, currency: 'JPY' } }])).toBe('pacing.spent (JPY),pacing.currency\r\n500,JPY\r\n');
    expect(toCsv([{ amountMinor: 150, currency: 'EUR' }, { amountMinor: 150, currency: 'JPY' }])).toBe('amount,currency\r\n1.5 EUR,EUR\r\n150 JPY,JPY\r\n');
    expect(toCsv([{ budgetMinor: 100 }])).toBe('budgetMinor\r\n100\r\n');
  });

  it('flattens nested objects and quotes what needs quoting', () => {
    const csv = toCsv([{ id: 1, name: 'Smith, "Jo"', location: { city: 'Bogotá', countryCode: 'CO' }, skills: ['Java', 'SQL'] }]);
    expect(csv).toBe('id,name,location.city,location.countryCode,skills\r\n1,"Smith, ""Jo""",Bogotá,CO,Java; SQL\r\n');
  });
  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv([{ a: '=HYPERLINK("x")', b: -5 }])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
  it('writes an empty cell for null', () => {
    expect(toCsv([{ a: null, b: 'x' }])).toBe('a,b\r\n,x\r\n');
  });
  it('writes the header row of an empty table from the declared columns, money named with the currency', () => {
    expect(toCsv([], { columns: ['key', 'spendMinor', 'range.from'], currency: 'EUR' })).toBe('key,spend (EUR),range.from\r\n');
    expect(toCsv([], { columns: ['budgetMinor'] })).toBe('budgetMinor\r\n');
    expect(toCsv([], { columns: ['a'] })).not.toBe('\r\n');
  });
  it('guards column names too', () => {
    expect(toCsv([{ '=cmd': 1 }])).toBe("'=cmd\r\n1\r\n");
  });
});

describe('toCsv with declared columns', () => {
  it('writes the header row of an empty table, money headers naming the currency', () => {
    expect(toCsv([], { currency: 'USD', columns: ['label', 'spendMinor', 'reach'] })).toBe('label,spend (USD),reach\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('keeps the declared order and leaves a missing value empty', () => {
    expect(toCsv([{ reach: null, label: 'x', spendMinor: 250 }], { currency: 'USD', columns: ['label', 'spendMinor', 'reach'] })).toBe('label,spend (USD),reach\r\nx,2.5,\r\n');
  });
});

describe('csvCell: OWASP CSV injection', () => {
  it.each([
    ["-1+1+cmd|' /C calc'!A0", "'-1+1+cmd|' /C calc'!A0"],
    ['-2-HYPERLINK("http://evil")', `"'-2-HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=1+1', "'=1+1"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-', "'-"],
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([['-5'], ['-1.5'], ['-1.5e3'], ['42'], ['a=b'], ['x-1'], ['']])('keeps %j as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it('keeps numbers and dates typed as such', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });
});

describe('guardCsvRecord', () => {
  it('guards each cell of a stored record and keeps safe cells byte for byte', () => {
    expect(guardCsvRecord('ana@x.co,"Smith, Jo",=HYPERLINK("http://evil"),-1+1+cmd')).toBe(`ana@x.co,"Smith, Jo","'=HYPERLINK(""http://evil"")",'-1+1+cmd`);
    expect(guardCsvRecord('a,,-5')).toBe('a,,-5');
    expect(guardCsvRecord('"=quoted ""x""",b')).toBe(`"'=quoted ""x""",b`);
  });
  it('guards a broken record too', () => {
    expect(guardCsvRecord('"bad"x,=1')).toBe("badx,'=1");
    expect(guardCsvRecord('')).toBe('');
  });
});
