/**
 * Conversations as tables: each story is what the parent says, turn by turn, and what
 * the assistant must answer (a string is the exact reply, a RegExp must match it, one
 * entry per message sent), then the bookings expected in the database.
 */
import type { Interpretation } from '../../../dialogs/services';
import { bookingsOf, CAMILLE, converse, idOf } from './harness';
import type { Conversation, ConverseOptions } from './harness';
import type { TestDatabase } from './testDatabase';

export type Reply = string | RegExp;
export type Turn = [say: string, replies: Reply[]];

export interface Story {
  name: string;
  /** The instant the conversation happens (UTC ISO). */
  now: string;
  /** What the understanding makes of each sentence (ScriptedUnderstanding). */
  understanding: Record<string, Partial<Interpretation>>;
  turns: Turn[];
  /** Bookings by child first name, day → status ('none' = no booking row). */
  bookings?: Record<string, Record<string, string>>;
  as?: string;
  options?: ConverseOptions;
  /** Changes the database before the conversation (a full day, a closed day…). */
  setup?: (db: TestDatabase) => Promise<void>;
  /** Further checks once the conversation is over. */
  after?: (chat: Conversation, db: TestDatabase) => Promise<void>;
}

/** Plays a story against a fresh conversation and checks every reply and the bookings. */
export async function play(db: TestDatabase, story: Story): Promise<Conversation> {
  await story.setup?.(db);
  const chat = await converse(db, story.as ?? CAMILLE, story.understanding, story.now, story.options);
  for (const [index, [say, expected]] of story.turns.entries()) {
    const replies = await chat.say(say);
    const label = `turn ${index + 1} « ${say} »`;
    expect({ turn: label, replies }).toEqual({ turn: label, replies: expected.map((reply) => (typeof reply === 'string' ? reply : expect.stringMatching(reply))) });
  }
  for (const [name, days] of Object.entries(story.bookings ?? {})) {
    const actual = await bookingsOf(db, idOf(chat.family.children, name));
    for (const [day, status] of Object.entries(days)) {
      expect({ child: name, day, status: actual[day] ?? 'none' }).toEqual({ child: name, day, status });
    }
  }
  await story.after?.(chat, db);
  return chat;
}
