/**
 * A tiny Bot Framework client for scripts: posts activities to /api/messages with
 * deliveryMode expectReplies and returns the replies inline (no callback server).
 */
import { randomUUID } from 'node:crypto';
import type { Activity, Attachment } from 'botbuilder';

export interface BotClientOptions {
  endpoint: string;
  channelId: string;
  userId: string;
  conversationId?: string;
  /**
   * Where the bot sends messages later (a staff reply); default: the local bridge of the
   * endpoint's own origin, the only address an unauthenticated assistant accepts.
   */
  serviceUrl?: string;
  /** Further request headers (a page's cookie). */
  headers?: Record<string, string>;
}

export class BotClient {
  readonly conversationId: string;

  constructor(private readonly options: BotClientOptions) {
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
  }

  /** Sends a message (with files, when given: Attachment objects as a channel delivers them). */
  async say(text: string, attachments?: Attachment[]): Promise<Partial<Activity>[]> {
    const activity = {
      type: 'message',
      id: randomUUID(),
      channelId: this.options.channelId,
      serviceUrl: this.options.serviceUrl ?? new URL('/webchat/local', this.options.endpoint).href,
      deliveryMode: 'expectReplies',
      from: { id: this.options.userId, name: 'parent' },
      recipient: { id: 'assistant', name: 'assistant' },
      conversation: { id: this.conversationId },
      locale: 'fr-FR',
      timestamp: new Date().toISOString(),
      text,
      ...(attachments ? { attachments } : {}),
    };
    const response = await fetch(this.options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.options.headers },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return body.activities ?? [];
  }
}

interface CardElement {
  type?: string;
  text?: string;
  columns?: { items?: CardElement[] }[];
  body?: CardElement[];
}

/** An Adaptive Card as readable lines: text blocks, and columns joined by " | ". */
export function cardAsText(attachment: Attachment): string[] {
  const card = attachment.content as CardElement;
  const lines: string[] = [];
  for (const element of card.body ?? []) {
    if (element.type === 'TextBlock' && element.text) lines.push(element.text);
    if (element.type === 'ColumnSet') {
      lines.push((element.columns ?? []).map((column) => (column.items ?? []).map((item) => item.text ?? '').join(' ')).join(' | '));
    }
  }
  return lines;
}

/** A reply as the terminal shows it: text, card, then the suggested answers in brackets. */
export function replyAsText(reply: Partial<Activity>): string | undefined {
  if (reply.type !== 'message') return undefined;
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  for (const attachment of reply.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
      parts.push(cardAsText(attachment).map((line) => `  ┊ ${line}`).join('\n'));
    } else if (attachment.name || attachment.contentUrl) {
      // A file (the payment attestation's PDF): named, with its size when sent inline.
      const inline = /^data:[^;]+;base64,(.*)$/.exec(attachment.contentUrl ?? '');
      const size = inline ? `, ${Buffer.from(inline[1], 'base64').length} octets` : '';
      parts.push(`[pièce jointe : ${attachment.name ?? attachment.contentUrl} (${attachment.contentType}${size})]`);
    }
  }
  const actions = reply.suggestedActions?.actions ?? [];
  if (actions.length > 0) parts.push(actions.map((action) => `[${action.title ?? action.value}]`).join(' '));
  return parts.join('\n');
}
