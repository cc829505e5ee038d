/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), the
 * usual model of typing slips: "annluer" is one step from "annuler".
 */

/** Distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rows reused from call to call: the corrector calls this thousands of times per unknown word.
  if (cols > rowLength) grow(cols);
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j < cols; j++) {
    beforePrevious[j] = 0;
    previous[j] = j;
    current[j] = 0;
  }
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[cols - 1];
}

let rowLength = 0;
let rowA = new Int32Array(0);
let rowB = new Int32Array(0);
let rowC = new Int32Array(0);

function grow(length: number): void {
  rowLength = Math.max(length, 2 * rowLength);
  rowA = new Int32Array(rowLength);
  rowB = new Int32Array(rowLength);
  rowC = new Int32Array(rowLength);
}
