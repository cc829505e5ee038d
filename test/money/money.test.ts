import { NBSP, NNBSP } from '../../src/domain/frenchTypography';
import { frenchTypography } from '../../src/domain/frenchTypography';
import { formatEuros, percentOf, splitProportionally } from '../../src/money/money';

describe('amounts written the French way', () => {
  it.each([
    [1240, `12,40${NBSP}€`],
    [95, `0,95${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [123450, `1${NNBSP}234,50${NBSP}€`],
    [123456789, `1${NNBSP}234${NNBSP}567,89${NBSP}€`],
    [-310, `-3,10${NBSP}€`],
  ])('%i cents → %s', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
  });

  it('is left unchanged by the typography pass every message goes through', () => {
    const sentence = `Le soir coûte ${formatEuros(1240)}.`;
    expect(frenchTypography(sentence)).toBe(sentence);
  });

  it('refuses cents that are not integers', () => {
    expect(() => formatEuros(12.4)).toThrow(RangeError);
  });
});

describe('rounding rules', () => {
  it.each([
    [1000, 10, 100],
    [95, 10, 10], // 9,5 cents → 10 (half up)
    [94, 10, 9], // 9,4 → 9
    [333, 15, 50], // 49,95 → 50
    [1005, 0.5, 5], // 5,025 → 5
    [0, 20, 0],
  ])('%i cents × %d %% = %i cents', (cents, percent, expected) => {
    expect(percentOf(cents, percent)).toBe(expected);
  });

  it.each([
    [1000, [1, 1, 1], [334, 333, 333]],
    [1000, [2, 1, 1], [500, 250, 250]],
    [1001, [1, 1], [501, 500]],
    [999, [0, 0, 0], [333, 333, 333]],
    [500, [300, 0], [500, 0]],
    [7, [1, 2, 4], [1, 2, 4]],
  ])('%i split by %j = %j (parts add up to the total)', (total, weights, parts) => {
    const result = splitProportionally(total, weights);
    expect(result).toEqual(parts);
    expect(result.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
