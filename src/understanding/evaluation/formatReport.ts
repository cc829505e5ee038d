/** Text rendering of an evaluation, Rasa-like; the last line is the one-line summary. */
import type { EvaluationResult, EvaluationSummary } from './evaluate';

const pct = (x: number) => x.toFixed(3);

/** The summary line: intent accuracy, date-set exact match, children match, all three, speed. */
export function formatSummary(label: string, s: EvaluationSummary): string {
  return (
    `SUMMARY ${label} n=${s.sentences} intent_accuracy=${pct(s.intentAccuracy)} dates_exact=${pct(s.datesExact)} ` +
    `children_match=${pct(s.childrenMatch)} all_three=${pct(s.allThree)} ambiguous=${pct(s.ambiguousShare)} ` +
    `reserve_cancel_swaps=${pct(s.swapRate)} (${s.swaps})` +
    (s.multiAction ? ` actions_exact=${s.multiActionExact}/${s.multiAction}` : '') +
    ` ms_per_sentence=${s.msPerSentence.toFixed(2)}`
  );
}

/** The whole report: intent table, confusion pairs, errors, summary line. */
export function formatReport(label: string, result: EvaluationResult, maxErrors = Infinity): string {
  const lines: string[] = [];
  lines.push(`Intent report (${label})`, '');
  lines.push(`${'intent'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'f1'.padStart(6)} ${'support'.padStart(7)}`);
  for (const s of result.intents) {
    lines.push(`${s.intent.padEnd(14)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(7)}`);
  }
  lines.push('', 'Confusion pairs (expected → got: count)');
  if (result.confusions.length === 0) lines.push('  none');
  for (const c of result.confusions) lines.push(`  ${c.expected} → ${c.got}: ${c.count}`);
  if (result.voices.length > 0) {
    lines.push('', 'By voice (intent accuracy, all three)');
    for (const v of result.voices) lines.push(`  ${v.voice.padEnd(12)} ${pct(v.intentAccuracy)} ${pct(v.allThree)} (${v.sentences})`);
  }
  lines.push('', `Errors (${result.errors.length})${maxErrors === 0 && result.errors.length ? ': not shown' : ''}`);
  for (const e of result.errors.slice(0, maxErrors)) {
    lines.push(`- ${e.id} [${e.wrong.join(', ')}] now=${e.now} "${e.text}"`);
    if (e.wrong.includes('intent')) {
      const alternatives = e.got.alternatives ? ` (${e.got.alternatives.join(' / ')})` : '';
      lines.push(`    intent:   expected ${e.expected.intent}, got ${e.got.intent}${alternatives}`);
    }
    if (e.wrong.includes('dates')) lines.push(`    dates:    expected [${e.expected.dates.join(' ')}]`, `              got      [${e.got.dates.join(' ')}]`);
    if (e.wrong.includes('actions')) {
      const show = (actions: readonly { intent: string; dates: readonly string[]; children: readonly string[] }[] = []) =>
        actions.map((a) => `${a.intent}[${a.dates.join(' ')}]{${a.children.join(',')}}`).join(' + ') || '(none)';
      lines.push(`    actions:  expected ${show(e.expected.actions)}`, `              got      ${show(e.got.actions)}`);
    }
    if (e.wrong.includes('children')) lines.push(`    children: expected [${e.expected.children.join(', ')}], got [${e.got.children.join(', ')}]`);
  }
  lines.push('', formatSummary(label, result.summary));
  return lines.join('\n');
}
