import { toCsv } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and new lines, and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=HYPERLINK("x")', 'line\nbreak'], [null, 3]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n"\'=HYPERLINK(""x"")","line\nbreak"\r\n,3\r\n',
    );
  });
});
