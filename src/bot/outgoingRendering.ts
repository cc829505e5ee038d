/**
 * The one place every message to a parent passes through on its way out (replies,
 * proactive notices, staff replies): one rendering per channel and French typography.
 *
 * A dialog may send a result both as text and as an Adaptive Card; the parent sees one
 * of them: the card where cards render (Web Chat, Teams, the Emulator), the text
 * elsewhere (the terminal, SMS-like channels), never both. Then the French typography
 * (src/domain/frenchTypography.ts) is applied to the text, to every text of the card
 * and to the buttons' titles.
 */
import type { Activity, Attachment, Middleware, TurnContext } from 'botbuilder';
import { frenchTypography } from '../domain/frenchTypography';

/** Channels whose clients render Adaptive Cards. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set(['webchat', 'directline', 'msteams', 'emulator']);

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const isCard = (attachment: Attachment) => attachment.contentType === ADAPTIVE_CARD;

/** Renders one outgoing activity for `channelId`, in place. */
export function renderForChannel(activity: Partial<Activity>, channelId: string, cardChannels: ReadonlySet<string> = CARD_CHANNELS): void {
  if (activity.type !== 'message') return;
  const cards = (activity.attachments ?? []).filter(isCard);
  if (cards.length > 0) {
    if (cardChannels.has(channelId)) {
      // The card says it all: the text would repeat it underneath.
      if (activity.text) activity.text = undefined;
    } else {
      activity.attachments = (activity.attachments ?? []).filter((attachment) => !isCard(attachment));
      if (activity.attachments.length === 0) activity.attachments = undefined;
      if (!activity.text) activity.text = cards.flatMap((card) => cardLines(card.content)).join('\n');
    }
  }
  if (activity.text) activity.text = frenchTypography(activity.text);
  if (activity.speak) activity.speak = frenchTypography(activity.speak);
  for (const attachment of activity.attachments ?? []) {
    if (isCard(attachment)) attachment.content = typesetCard(attachment.content);
  }
  for (const action of activity.suggestedActions?.actions ?? []) {
    if (action.title) action.title = frenchTypography(action.title);
  }
}

/** Card fields a person reads. */
const READ_FIELDS = new Set(['text', 'title', 'value', 'altText', 'fallbackText', 'placeholder', 'label', 'speak']);

/** A copy of an Adaptive Card with its French texts typeset (data sent back by actions left alone). */
function typesetCard(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(typesetCard);
  if (!node || typeof node !== 'object') return node;
  const element = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (key === 'data' || key === 'url' || key === '$schema' || key === 'id') copy[key] = value;
    // A Fact's and a TextBlock's "value"/"text" are read; an Input's "value" is not (kept).
    else if (typeof value === 'string' && READ_FIELDS.has(key) && !(key === 'value' && String(element.type ?? '').startsWith('Input.'))) {
      copy[key] = frenchTypography(value);
    } else copy[key] = typesetCard(value);
  }
  return copy;
}

/** The lines of a card as plain text, for a channel without cards when no text came with it. */
function cardLines(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardLines);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string') return [element.text];
  if (Array.isArray(element.facts)) {
    return (element.facts as Array<{ title?: string; value?: string }>).map((fact) => `${fact.title ?? ''} : ${fact.value ?? ''}`);
  }
  return ['body', 'items', 'columns'].flatMap((key) => cardLines(element[key]));
}

/** Middleware form: every activity sent in a turn (or a proactive continuation) is rendered. */
export class OutgoingRendering implements Middleware {
  constructor(private readonly cardChannels: ReadonlySet<string> = CARD_CHANNELS) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const channelId = context.activity.channelId;
    context.onSendActivities(async (_ctx, activities, send) => {
      for (const activity of activities) renderForChannel(activity, channelId, this.cardChannels);
      return send();
    });
    await next();
  }
}
