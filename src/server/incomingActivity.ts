/**
 * What an activity posted to /api/messages must look like before anything acts on it
 * (zod at the edge), authenticated or not: botbuilder trusts the shape of what it is
 * given, and a wrong type deep inside it becomes a 500, an internal message in the
 * answer and a stack trace in the log. Ids are bounded because they are stored (state
 * keys, links, transcripts) and logged.
 *
 * The check is loose where Bot Framework is open (channelData, entities, value, extra
 * fields pass through untouched) and strict where the assistant or botbuilder read.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** Teams conversation ids are the longest seen (about 150 characters); room to spare. */
export const MAX_ID_LENGTH = 512;
export const MAX_CHANNEL_ID_LENGTH = 64;
/** Longer than any message a parent types; the dialogs read the first 2,000 characters. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ATTACHMENTS = 20;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const account = z.looseObject({ id, name: z.string().max(MAX_ID_LENGTH).optional() });
const optionalText = (max: number) => z.string().max(max).optional();

const attachment = z.looseObject({
  contentType: z.string().max(256),
  contentUrl: z.string().optional(),
  name: z.string().max(1024).optional(),
  thumbnailUrl: z.string().max(4096).optional(),
});

const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: id.optional(),
  channelId: z.string().min(1).max(MAX_CHANNEL_ID_LENGTH),
  serviceUrl: z.string().max(2048).refine(isHttpUrl, { message: 'http(s) URL expected' }),
  conversation: z.looseObject({ id }),
  from: account,
  recipient: account,
  text: optionalText(MAX_TEXT_LENGTH),
  textFormat: optionalText(32),
  locale: optionalText(32),
  deliveryMode: optionalText(32),
  replyToId: id.optional(),
  timestamp: optionalText(64),
  localTimestamp: optionalText(64),
  expiration: optionalText(64),
  attachments: z.array(attachment).max(MAX_ATTACHMENTS).optional(),
  membersAdded: z.array(account).max(100).optional(),
  membersRemoved: z.array(account).max(100).optional(),
});

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export type IncomingActivityResult = { ok: true; activity: Activity } | { ok: false; problem: string };

/**
 * The activity in `body`, with its timestamps as Date (as botbuilder's own reader does),
 * or the first problem found, short enough for a log line and an HTTP answer.
 */
export function parseIncomingActivity(body: unknown): IncomingActivityResult {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue.path.map(String).join('.').slice(0, 64) || 'body';
    return { ok: false, problem: `${where}: ${issue.code}` };
  }
  const activity = parsed.data as Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = activity[field];
    if (typeof raw !== 'string') continue;
    const rawField = `raw${field[0].toUpperCase()}${field.slice(1)}`;
    activity[rawField] = raw;
    activity[field] = new Date(raw);
  }
  return { ok: true, activity: activity as unknown as Activity };
}
