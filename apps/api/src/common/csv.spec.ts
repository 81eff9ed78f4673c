import { toCsv } from './csv';

describe('toCsv', () => {
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
});
