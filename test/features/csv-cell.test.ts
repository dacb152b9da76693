/**
 * CSV formula injection per OWASP, every case of issue 17 item 12: each value a spreadsheet could
 * run as a formula gets a leading `'`; a `;` (the separator in many locales) is quoted.
 */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/features/export/export';

describe('csvCell neutralises formulas (OWASP, issue 17 item 12)', () => {
  it.each([
    ['a leading NUL before =', '\u0000=1+1', "'\u0000=1+1"],
    ['a leading NUL before +', '\u0000+cmd', "'\u0000+cmd"],
    ['full-width ＝', '＝1+1', "'＝1+1"],
    ['full-width ＋', '＋1', "'＋1"],
    ['full-width －', '－1', "'－1"],
    ['full-width ＠', '＠SUM(A1)', "'＠SUM(A1)"],
    ['a leading space before =', ' =1+1', "' =1+1"],
    ['several spaces before @', '   @SUM(A1)', "'   @SUM(A1)"],
    ['a no-break space before =', '\u00A0=1+1', "'\u00A0=1+1"],
    ['an ideographic space before ＝', '\u3000＝1', "'\u3000＝1"],
    ['a zero-width space before -', '\u200B-1', "'\u200B-1"],
    ['a BOM before =', '\uFEFF=1', "'\uFEFF=1"],
    ['a leading tab', '\tx', '"\'\tx"'],
    ['a leading CR', '\rx', '"\'\rx"'],
    ['a leading LF before =', '\n=1', '"\'\n=1"'],
    ['a minus sign', '\u22121', "'\u22121"],
  ])('%s', (_what, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('quotes a cell holding `;`, so a `;`-separated spreadsheet keeps it one cell', () => {
    expect(csvCell('a;=HYPERLINK("x")')).toBe('"a;=HYPERLINK(""x"")"');
    expect(csvCell('=1;2')).toBe('"\'=1;2"');
    expect(csvCell('housing;drc')).toBe('"housing;drc"');
  });

  it('leaves ordinary text alone: a formula character later in the text, a minus in a range, Chinese', () => {
    expect(csvCell('1+1=2')).toBe('1+1=2');
    expect(csvCell('2024-2025')).toBe('2024-2025');
    expect(csvCell('凤城三村 130 号')).toBe('凤城三村 130 号');
    expect(csvCell('a b')).toBe('a b');
    expect(csvCell('')).toBe('');
  });
});
