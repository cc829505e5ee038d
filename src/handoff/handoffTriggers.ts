/**
 * Messages that should reach a person rather than the bot: a sensitive subject (health,
 * a child's safety) or an upset parent. The lists are town configuration.
 */
import type { TownConfig } from '../config/townConfig';

const fold = (text: string) =>
  ` ${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()} `;

export type HandoffTrigger = { reason: 'sensitive' | 'upset'; matched: string };

/** The first sensitive or upset expression the text contains (whole words), if any. */
export function handoffTriggerIn(text: string, config: TownConfig['handoff']): HandoffTrigger | undefined {
  const folded = fold(text);
  for (const topic of config.sensitiveTopics) {
    if (folded.includes(fold(topic))) return { reason: 'sensitive', matched: topic };
  }
  for (const expression of config.upsetExpressions) {
    if (folded.includes(fold(expression))) return { reason: 'upset', matched: expression };
  }
  return undefined;
}
