/**
 * Keeps the last lines of each conversation (what the parent wrote, what the bot
 * answered) so that a hand-over gives staff the context without asking the parent
 * again. In memory and bounded: a restart loses only this short context.
 *
 * With several processes (PostgreSQL) each one keeps the lines of the turns it answered:
 * a ticket opened on one process carries that process's lines only; what follows the
 * ticket (parent, staff) is in the database, whichever process answered.
 */
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { TranscriptLine } from '../handoff/handoffStore';

const LINES_PER_CONVERSATION = 12;
const MAX_CONVERSATIONS = 5_000;

export const conversationKeyOf = (activity: Partial<Activity>) => `${activity.channelId}/${activity.conversation?.id}`;

/** A message that is only a number of 4 digits or more is a one-time code: staff never need it. */
const ONE_TIME_CODE = /^\s*\d(?:[\s.-]?\d){3,}\s*$/;

function redacted(text: string): string {
  return ONE_TIME_CODE.test(text) ? '(code de vérification masqué)' : text;
}

export class TranscriptRecorder implements Middleware {
  private readonly lines = new Map<string, TranscriptLine[]>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = conversationKeyOf(context.activity);
    if (context.activity.type === 'message' && context.activity.text) {
      this.add(key, { author: 'parent', text: redacted(context.activity.text.slice(0, 2000)), at: this.clock() });
    }
    context.onSendActivities(async (_ctx, activities, send) => {
      for (const activity of activities) {
        if (activity.type === 'message' && activity.text) this.add(key, { author: 'bot', text: activity.text, at: this.clock() });
      }
      return send();
    });
    await next();
  }

  /** The recent lines of a conversation, oldest first. */
  recent(activity: Partial<Activity>): TranscriptLine[] {
    return [...(this.lines.get(conversationKeyOf(activity)) ?? [])];
  }

  private add(key: string, line: TranscriptLine): void {
    const list = this.lines.get(key);
    if (list) {
      list.push(line);
      if (list.length > LINES_PER_CONVERSATION) list.shift();
      this.lines.delete(key); // re-insert: the map's order is least recently used first
      this.lines.set(key, list);
      return;
    }
    this.lines.set(key, [line]);
    if (this.lines.size > MAX_CONVERSATIONS) this.lines.delete(this.lines.keys().next().value as string);
  }
}
