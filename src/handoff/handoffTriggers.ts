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

type FoldedList = { reason: HandoffTrigger['reason']; original: string; folded: string }[];

/** The configured lists, folded once per configuration object (this runs on every message). */
const foldedLists = new WeakMap<TownConfig['handoff'], FoldedList>();

function foldedListOf(config: TownConfig['handoff']): FoldedList {
  let list = foldedLists.get(config);
  if (!list) {
    list = [
      ...config.sensitiveTopics.map((original) => ({ reason: 'sensitive' as const, original, folded: fold(original) })),
      ...config.upsetExpressions.map((original) => ({ reason: 'upset' as const, original, folded: fold(original) })),
    ];
    foldedLists.set(config, list);
  }
  return list;
}

/** The first sensitive or upset expression the text contains (whole words), if any. */
export function handoffTriggerIn(text: string, config: TownConfig['handoff']): HandoffTrigger | undefined {
  const folded = fold(text);
  const found = foldedListOf(config).find((entry) => folded.includes(entry.folded));
  return found ? { reason: found.reason, matched: found.original } : undefined;
}
