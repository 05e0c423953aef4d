import { describe, expect, it } from 'vitest';
import { PROCEEDING_NUMBER_DIGITS, proceedingNumber, proceedingSeries } from '../src/index.ts';

describe('proceeding numbers', () => {
  it('are numbered per region and year, seven digits within the series', () => {
    expect(proceedingSeries('ALA', 2026)).toBe('EP-ALA-2026');
    expect(proceedingNumber('ALA', '2026', 1)).toBe('EP-ALA-2026-0000001');
    expect(proceedingNumber('AST', 2027, 1234567)).toBe('EP-AST-2027-1234567');
    expect(proceedingNumber('SHY', 2026, 42).slice(proceedingSeries('SHY', 2026).length + 1)).toHaveLength(PROCEEDING_NUMBER_DIGITS);
  });
});
