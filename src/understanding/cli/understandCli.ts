/**
 * Command line of the contract:
 *   understand --now 2026-03-09T10:00 --children "Léa,Hugo,Inès" "texte"  → one JSON
 *   understand < lines.jsonl  ({"text","now","children"} a line)        → one JSON a line
 */
import { createInterface } from 'node:readline';
import type { Interpretation } from '../types';
import { understand, warmUp } from '../understand';

interface CliArguments {
  now?: string;
  children: string[];
  text?: string;
}

/** Reads `--now`, `--children` and the optional text from the arguments. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const args: CliArguments = { children: [] };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--now') args.now = argv[++i];
    else if (argv[i] === '--children') args.children = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else words.push(argv[i]);
  }
  if (words.length > 0) args.text = words.join(' ');
  return args;
}

function interpretLine(line: string, defaults: CliArguments): Interpretation | { error: string } {
  try {
    const input = JSON.parse(line) as { text?: unknown; now?: unknown; children?: unknown };
    if (typeof input.text !== 'string') return { error: 'champ "text" manquant' };
    const children = Array.isArray(input.children) ? input.children.map(String) : defaults.children;
    const now = typeof input.now === 'string' ? input.now : (defaults.now ?? new Date());
    return understand(input.text, { now, children });
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Runs the command; resolves when standard input is exhausted in batch mode. */
export async function runUnderstandCli(argv: readonly string[]): Promise<void> {
  const args = parseCliArguments(argv);
  warmUp();
  if (args.text !== undefined) {
    console.log(JSON.stringify(understand(args.text, { now: args.now ?? new Date(), children: args.children })));
    return;
  }
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    out.push(JSON.stringify(interpretLine(line, args)));
    if (out.length >= 256) flush();
  }
  flush();
}
