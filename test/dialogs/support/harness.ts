/**
 * Builds the main dialog on a real test database with a scripted understanding, a
 * recording mailbox and a pinned clock, and talks to it through DialogTestClient in French.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { ConversationState, MemoryStorage } from 'botbuilder';
import type { Activity, Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../../dialogs/mainDialog';
import type { FamilyContext, Interpretation, Understanding } from '../../../dialogs/services';
import { setFamily } from '../../../dialogs/turnFamily';
import { createDialogServices, createHandoff } from '../../../src/compositionRoot';
import { BotHandoffDesk } from '../../../src/bot/handoffDesk';
import { PrismaGuardianProfile } from '../../../src/bot/prismaGuardianProfile';
import { TranscriptRecorder } from '../../../src/bot/transcriptRecorder';
import type { HandoffService, ProactiveMessenger } from '../../../src/handoff/handoffService';
import type { MailSender, OutgoingMail } from '../../../src/mail/mailSender';
import { ParentNotifications } from '../../../src/bot/parentNotifications';
import { OutgoingRendering } from '../../../src/bot/outgoingRendering';
import { plainSpaces } from '../../../src/domain/frenchTypography';
import { createDocuments, type DocumentsSetup } from '../../../src/documents/createDocuments';
import { generateDocumentsKey } from '../../../src/documents/documentsKey';
import { createRequestServices, type RequestServices } from '../../../src/infrastructure/requests/createRequestServices';
import { PrismaConversationReferences } from '../../../src/infrastructure/requests/prismaConversationReferences';
import { OutboxWorker } from '../../../src/mail/outboxWorker';
import { requestSettingsFrom } from '../../../src/requests/requestUseCases';
import type { TestDatabase } from './testDatabase';
import { completeOpenEnded } from '../../../src/understanding';
import type { OpenEnded } from '../../../src/understanding';

/** The demo guardians of the seed (prisma/seed/demoFamilies.ts). */
export const CAMILLE = 'camille.martin@example.fr';
export const KARIM = 'karim.benali@example.fr';

/** The id of a child of the family, by first name. */
export const idOf = (children: readonly { id: number; firstName: string }[], name: string): number =>
  children.find((child) => child.firstName === name)!.id;

/** An understanding that knows exactly the sentences of a test, and nothing else. */
export class ScriptedUnderstanding implements Understanding {
  constructor(private readonly table: Record<string, Partial<Interpretation>>) {}

  understand(text: string): Interpretation {
    const known = this.table[text.trim()];
    return { intent: 'none', dates: [], children: [], confidence: 1, ...known };
  }

  /** The real reading of "jusqu'à quand ?" answers (they depend on the calendar only). */
  completeOpenEnded(openEnded: OpenEnded, answer: string, context: { now: Date }): string[] {
    return completeOpenEnded(openEnded, answer, { now: context.now });
  }
}

export class RecordingMail implements MailSender {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }

  /** The mail number `index` (0-based), once the outbox worker has sent it (it sends in the background). */
  async sentAt(index: number, timeoutMs = 10_000): Promise<OutgoingMail> {
    const deadline = Date.now() + timeoutMs;
    while (this.sent.length <= index) {
      if (Date.now() > deadline) throw new Error(`no mail #${index + 1} after ${timeoutMs} ms (${this.sent.length} sent)`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.sent[index];
  }
}

export async function familyOf(db: TestDatabase, email: string): Promise<FamilyContext> {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({
    where: { email },
    include: { family: { include: { children: { orderBy: { birthDate: 'asc' } } } } },
  });
  return {
    guardianId: guardian.id,
    guardianFirstName: guardian.firstName,
    children: guardian.family.children.map((child) => ({ id: child.id, firstName: child.firstName })),
  };
}

export interface Conversation {
  client: DialogTestClient;
  family: FamilyContext;
  mail: RecordingMail;
  handoff: HandoffService;
  messenger: RecordingMessenger;
  requests: RequestServices;
  documents: DocumentsSetup;
  /** Moves the conversation's clock (ISO instant). */
  setNow(iso: string): void;
  /** Sends what the outbox holds to `mail` (one pass of the worker). */
  flushOutbox(): Promise<void>;
  /**
   * Sends one message and returns every reply as the parent reads it: its text, or a
   * card's texts after "[carte]"; typographic spaces shown as plain ones (sayRaw keeps them).
   */
  say(text: string | Partial<Activity>): Promise<string[]>;
  /** Sends one message and returns the replies exactly as they went out. */
  sayRaw(text: string | Partial<Activity>): Promise<Partial<Activity>[]>;
}

export interface ConverseOptions {
  /** The channel the parent writes from: "test" renders text (default), "webchat" renders cards. */
  channelId?: string;
}

export async function converse(
  db: TestDatabase,
  email: string,
  table: Record<string, Partial<Interpretation>>,
  nowIso: string,
  options: ConverseOptions = {},
): Promise<Conversation> {
  const family = await familyOf(db, email);
  const mail = new RecordingMail();
  let now = new Date(nowIso);
  const clock = { now: () => now };
  const messenger = new RecordingMessenger();
  const handoff = createHandoff(db.prisma, messenger);
  const transcripts = new TranscriptRecorder(() => clock.now());
  const desk = new BotHandoffDesk({
    handoff,
    transcripts,
    guardians: new PrismaGuardianProfile(db.prisma),
    config: db.rules.config,
    publicHolidays: db.rules.calendar.publicHolidays,
    now: () => clock.now(),
    eventChannels: ['test'],
  });
  const requests = createRequestServices(db.prisma, { rules: db.rules, settings: requestSettingsFrom(db.rules.config), messageIdDomain: 'joinvillelepont.fr' });
  const documents = testDocuments(db);
  const outbox = new OutboxWorker(requests.outboxRepository, mail, { logger: silentLogger, readDocument: documents.readDocument });
  const services = createDialogServices(db.prisma, db.rules, new ScriptedUnderstanding(table), clock, {
    handoff: desk,
    requests: requests.requests,
    intake: documents.intake,
    documentStore: documents.store,
  });
  const notifications = new ParentNotifications({
    source: requests.requests,
    references: new PrismaConversationReferences(db.prisma),
    now: () => clock.now(),
  });
  const conversationState = new ConversationState(new MemoryStorage());
  const dialog = new MainDialog(services, conversationState);
  const familyMiddleware: Middleware = {
    onTurn: async (context, next) => {
      setFamily(context, family);
      // As the bot does: what is pending is told before the turn is answered.
      await notifications.onLinkedTurn(context, family.guardianId);
      await next();
    },
  };
  const rendering = new OutgoingRendering(new Set(['webchat']));
  const client = new DialogTestClient(options.channelId ?? 'test', dialog, undefined, [familyMiddleware, transcripts, rendering], conversationState);
  const sayRaw = async (text: string | Partial<Activity>): Promise<Partial<Activity>[]> => {
    const activity: Partial<Activity> = typeof text === 'string' ? { type: 'message', text, locale: 'fr-FR' } : text;
    const first: Partial<Activity> | undefined = await client.sendActivity(activity);
    const replies: Partial<Activity>[] = [];
    for (let reply = first; reply; reply = client.getNextReply()) if (reply.type === 'message') replies.push(reply);
    return replies;
  };
  const say = async (text: string | Partial<Activity>): Promise<string[]> =>
    (await sayRaw(text)).map((reply) => {
      const cards = (reply.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
      const shown = cards.length > 0 ? ['[carte]', ...cards.flatMap((card) => cardTexts(card.content))].join('\n') : (reply.text ?? '');
      return plainSpaces(shown);
    });
  const flushOutbox = async () => {
    await outbox.runOnce();
  };
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  return { client, family, mail, say, sayRaw, setNow, handoff, messenger, requests, documents, flushOutbox };
}

/** The texts of an Adaptive Card, in order (what a screen reader reads). */
export function cardTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string') return [element.text];
  return ['body', 'items', 'columns'].flatMap((key) => cardTexts(element[key]));
}

const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * A document store with its own key in a fresh folder inside the test database's own
 * (never the project's data folder), deleted with it by drop().
 */
export function testDocuments(db: Pick<TestDatabase, 'dir'>): DocumentsSetup {
  const dataDir = mkdtempSync(path.join(db.dir, 'documents-'));
  return createDocuments({ DATA_DIR: dataDir, DOCUMENTS_KEY: generateDocumentsKey() });
}

/** A message carrying a file as Web Chat inlines it (a data: URL). */
export function fileMessage(content: Buffer, name: string, contentType = 'application/pdf', text?: string): Partial<Activity> {
  return {
    type: 'message',
    locale: 'fr-FR',
    text,
    attachments: [{ contentType, name, contentUrl: `data:${contentType};base64,${content.toString('base64')}` }],
  };
}

/** Messages sent to the parent outside of their turn (staff replies), recorded. */
export class RecordingMessenger implements ProactiveMessenger {
  readonly sent: { reference: unknown; text: string }[] = [];
  async send(reference: unknown, text: string): Promise<void> {
    this.sent.push({ reference, text });
  }
}

/** The statuses of a child's bookings, day by day, straight from the database. */
export async function bookingsOf(db: TestDatabase, childId: number): Promise<Record<string, string>> {
  const rows = await db.prisma.booking.findMany({ where: { childId }, include: { bookableDay: true } });
  return Object.fromEntries(rows.map((row) => [row.bookableDay.day, row.status]));
}
