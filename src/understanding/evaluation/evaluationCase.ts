/** One labelled sentence of an evaluation set (JSON lines, as ../shared/nlu/dev.jsonl). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS } from '../types';

const actionSchema = z.object({
  intent: z.enum(INTENTS),
  dates: z.array(z.string()),
  children: z.array(z.string()),
});

export const evaluationCaseSchema = z.object({
  id: z.string().optional(),
  /** Who the sentence imitates (sms, formal, grandparent, nonnative, dictation…), when the set says. */
  voice: z.string().optional(),
  text: z.string(),
  now: z.string(),
  children: z.array(z.string()),
  expected: z.object({
    intent: z.enum(INTENTS),
    dates: z.array(z.string()),
    children: z.array(z.string()),
    /** Present when the message asks for several changes; the fields above describe the first. */
    actions: z.array(actionSchema).optional(),
  }),
});

export type EvaluationCase = z.infer<typeof evaluationCaseSchema>;

/** Reads a JSON-lines file of cases, with the line number of any invalid one. */
export function loadEvaluationCases(filePath: string): EvaluationCase[] {
  return readFileSync(filePath, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = evaluationCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${filePath}:${number}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
