/**
 * The one place that knows every concrete class: configuration, database, booking
 * use cases, understanding, mail, dialogs, bot, adapter and HTTP server. Nothing here
 * listens: src/main.ts does, tests start the server on port 0.
 */
import { ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Clock, DialogServices, FamilySpaceServices, Understanding } from '../dialogs/services';
import { PrismaFamilyRecords } from './family/prismaFamilyRecords';
import { PrismaCalendarFeeds } from './family/calendarFeed';
import { PrismaReminders } from './family/prismaReminders';
import { FamilyData } from './family/familyData';
import { SignedLinks } from './family/signedLinks';
import type { DocumentStore } from './documents/documentStore';
import { ReminderRunner } from './family/reminderRunner';
import { reminderDaysBefore } from './family/retention';
import { TranscriptRetention, transcriptDays } from './family/transcriptRetention';
import { registerFamilyRoutes, PRIVACY_PATH } from './family/familyRoutes';
import { DEFAULT_CONVERSATION_STATE_DAYS, HANDOFF_TRANSCRIPT_DAYS } from './family/retention';
import { LinkAccountDialog } from '../dialogs/linkAccountDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { fill, messages } from '../dialogs/messages/catalog';
import { createTownRules } from './domain/createTownRules';
import type { TownRules } from './domain/townRules';
import { createPrismaClient } from './infrastructure/database/createPrismaClient';
import type { PrismaClient } from './infrastructure/database/createPrismaClient';
import { PrismaBookingQueries } from './infrastructure/bookings/prismaBookingQueries';
import { SqlBookingStore, auditRecorder } from './infrastructure/bookings/sqlBookingStore';
import { AccountLinking } from './linking/accountLinking';
import { PrismaChannelLinks, PrismaGuardianLookup } from './linking/prismaLinkingStores';
import { StoragePendingCodes } from './linking/storagePendingCodes';
import { OutboxCodeMail } from './linking/outboxCodeMail';
import type { CodeMail } from './linking/linkingPorts';
import { PrismaAttemptStore } from './security/prismaAttemptStore';
import { AttemptLimiter } from './security/attemptLimiter';
import { clientAddressOf } from './server/clientAddress';
import { createMailSender } from './mail/createMailSender';
import type { MailSender } from './mail/mailSender';
import { readMailSettings } from './mail/mailSettings';
import { OutboxWorker } from './mail/outboxWorker';
import { DEFAULT_RETRY_POLICY } from './mail/retryPolicy';
import { UseCaseBookings } from './bot/bookingsAdapter';
import { ParentNotifications } from './bot/parentNotifications';
import { ProactiveNotifier } from './bot/proactiveNotifier';
import { UseCaseRequests } from './bot/requestsAdapter';
import type { FileIntake } from './bot/requestsAdapter';
import { createDocuments } from './documents/createDocuments';
import type { DocumentsSetup } from './documents/createDocuments';
import { createRequestServices } from './infrastructure/requests/createRequestServices';
import { PrismaConversationReferences } from './infrastructure/requests/prismaConversationReferences';
import { SqlPendingNotifications } from './infrastructure/requests/sqlPendingNotifications';
import { requestSettingsFrom } from './requests/requestUseCases';
import type { RequestUseCases } from './requests/requestUseCases';
import { StaffRequestsAdapter } from './requests/staffRequestsAdapter';
import { PeriscolaireBot } from './bot/periscolaireBot';
import { PrismaFamilyDirectory } from './bot/prismaFamilyDirectory';
import { PrismaStorage } from './bot/prismaStorage';
import { TypingIndicator } from './bot/typingIndicator';
import { DEFAULT_MAX_ACTIVITY_BYTES, LOCAL_BRIDGE_MAX_BODY_BYTES, createServer } from './server/createServer';
import { CachedConnectorsAuthentication } from './server/cachedConnectors';
import { AssistantAdapter } from './server/assistantAdapter';
import { databaseHealth } from './infrastructure/database/databaseHealth';
import { providerOfClient } from './infrastructure/database/directSql';
import { PostgresTurnLock } from './infrastructure/database/conversationLocks';
import { SqlProcessedActivities } from './infrastructure/database/sqlProcessedActivities';
import { ExpiredRowsPurge } from './infrastructure/database/expiredRowsPurge';
import { AdapterProactiveMessenger } from './bot/proactiveMessenger';
import { BotHandoffDesk } from './bot/handoffDesk';
import { PrismaGuardianProfile } from './bot/prismaGuardianProfile';
import { TranscriptRecorder } from './bot/transcriptRecorder';
import { MarkdownLineBreaks } from './bot/markdownLineBreaks';
import { OutgoingRendering } from './bot/outgoingRendering';
import { HandoffService } from './handoff/handoffService';
import type { ProactiveMessenger } from './handoff/handoffService';
import { PrismaHandoffStore } from './infrastructure/handoff/prismaHandoffStore';
import { PrismaStaffStore } from './infrastructure/staff/prismaStaffStore';
import { StaffAuth } from './staff/staffAuth';
import { registerStaffRoutes } from './staff/staffRoutes';
import type { ConsoleDeps } from './staff/consoleRoutes';
import { ConsoleQueries, folded } from './staff/consoleQueries';
import { RequestQueries } from './staff/requestQueries';
import { PrismaAttendanceStore } from './attendance/prismaAttendanceStore';
import { attendanceSource } from './attendance/attendanceSource';
import { FamilySectionRegistry } from './staff/familySections';
import { moneySection } from './staff/moneySection';
import { dossierStaffSection } from './family/dossierStaffSection';
import { registerMoneyRoutes } from './staff/moneyRoutes';
import type { MoneyActs } from './staff/moneyRoutes';
import { setFamilyQuotient, setQuotientFromRequest } from './infrastructure/money/setQuotient';
import { recordPayment } from './infrastructure/money/paymentImport';
import type { DecideCommand, DecideResult } from './requests/decideRequest';
import { PrismaMoneyStore } from './infrastructure/money/prismaMoneyStore';
import { createMoneyService } from './money/moneyService';
import type { AttendanceSource } from './money/ports';
import { registerWebChatRoutes } from './web/webChatRoutes';
import { LocalBridge } from './web/localBridge';
import { loopbackHostsOnly, strictTransportSecurity } from './server/hostCheck';
import { createLogger } from './server/logger';
import { readServerSettings } from './server/settings';
import { AssistantMetrics } from './server/metrics';
import type { MetricsSources } from './server/metrics';
import type { ServerSettings } from './server/settings';
import { contactVars } from '../dialogs/replies';

export const systemClock: Clock = { now: () => new Date() };

/** Direct Line tokens one client address may have: a page load or a reconnection each. */
export const DIRECT_LINE_TOKENS_PER_CLIENT = { max: 30, windowMs: 3_600_000 };

/** The understanding layer plus its warm-up (src/understanding). */
export interface UnderstandingModule extends Understanding {
  warmUp(): Promise<void>;
  isWarm(): boolean;
}

export interface AssistantOptions {
  databaseUrl: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  clock?: Clock;
  mail?: MailSender;
  rules?: TownRules;
  understanding: UnderstandingModule;
  /** Typing indicator after this many ms of a slow turn. */
  typingDelayMs?: number;
  /** The document store and intake; default: createDocuments(env) (refuses production without DOCUMENTS_KEY). */
  documents?: DocumentsSetup;
  /** Pause between proactive notification passes (default NOTIFY_INTERVAL_SECONDS, else 60 s). */
  notifyIntervalMs?: number;
}

export interface Assistant {
  server: Server;
  handoff: HandoffService;
  staffAuth: StaffAuth;
  adapter: AssistantAdapter;
  bot: PeriscolaireBot;
  prisma: PrismaClient;
  storage: Storage;
  linking: AccountLinking;
  settings: ServerSettings;
  logger: Logger;
  /** Late requests, justifications, messages to the service, decisions, notifications. */
  requests: RequestUseCases;
  /** Sends the outbox's mails (started; stopped by dispose). */
  outbox: OutboxWorker;
  /** Tells parents what is pending through their stored conversation reference (started; stopped by dispose). */
  notifier: ProactiveNotifier;
  documents: DocumentsSetup;
  /** The families' calendar feeds (issue 14). */
  familyFeeds: PrismaCalendarFeeds;
  /** Signs the family's short-lived links (documents, data export). */
  familyLinks: SignedLinks;
  /** Turns, latency, errors, outbox depth, open tickets, notices pending (served by src/server/metricsServer.ts). */
  metrics: AssistantMetrics;
  /** From now on /healthz answers 503 "stopping" (graceful shutdown: the proxy stops sending here). */
  markStopping(): void;
  /** Stops the workers, then closes the database (call after the server has stopped). */
  dispose(): Promise<void>;
}

/** What the dialogs' request ports are built on. */
export interface DialogWiring extends Pick<DialogServices, 'handoff' | 'serviceMessages'> {
  requests: RequestUseCases;
  intake: FileIntake;
  /** Attendance recorded by staff, for statements (default: none recorded, every booking attended). */
  attendance?: AttendanceSource;
  /** Logs why a file was refused (the parent reads the French message, not this). */
  logRefusal?: (detail: { code: string; detail: string; guardianId: number }) => void;
  /** The address parents reach the assistant at (calendar feed, privacy notice); default http://localhost:3978. */
  publicOrigin?: string;
  /** The document store: "mes documents" and "mes données" are offered when it is given. */
  documentStore?: Pick<DocumentStore, 'delete'>;
  /** Signs the short-lived links (the HTTP routes verify them with the same instance). */
  links?: SignedLinks;
  /** Days before a holiday deadline that a reminder is sent (REMINDER_DAYS_BEFORE, default 3). */
  reminderDaysBefore?: number;
  /** Days lines of handed-over conversations are kept (TRANSCRIPT_DAYS), told in the privacy notice. */
  transcriptDays?: number;
  /** Days conversation state is kept (CONVERSATION_STATE_DAYS), told in the privacy notice. */
  conversationStateDays?: number;
}

/** Where the assistant is reached when PUBLIC_ORIGIN is not set (development). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3978';

/** Everything the dialogs are built with, on a given database. */
export function createDialogServices(
  prisma: PrismaClient,
  rules: TownRules,
  understanding: Understanding,
  clock: Clock,
  wiring: DialogWiring,
): DialogServices {
  const bookings = new UseCaseBookings({ store: new SqlBookingStore(prisma), rules }, new PrismaBookingQueries(prisma));
  const requests = new UseCaseRequests(wiring.requests, wiring.intake, wiring.logRefusal);
  return {
    understanding,
    bookings,
    lateRequests: requests,
    absences: requests,
    requestTracker: requests,
    rules,
    clock,
    handoff: wiring.handoff,
    serviceMessages: wiring.serviceMessages ?? requests.serviceMessageSender(),
    // Billed as attended unless staff marked the child absent in the console.
    money: createMoneyService(new PrismaMoneyStore(prisma), rules.config, wiring.attendance ?? attendanceSource(new PrismaAttendanceStore(prisma))),
    family: createFamilySpace(prisma, rules, wiring),
    quotientRequests: {
      send: async (request) => {
        const result = await wiring.requests.submitQuotientRequest(request);
        if (result.status !== 'submitted') throw new Error(`A quotient familial request was refused by the use case: ${result.code}.`);
        return { number: result.number };
      },
    },
  };
}

/** The family's own space on the database (issue 14). */
export function createFamilySpace(prisma: PrismaClient, rules: TownRules, wiring: DialogWiring): FamilySpaceServices {
  const origin = wiring.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN;
  return {
    records: new PrismaFamilyRecords(prisma),
    feeds: new PrismaCalendarFeeds(prisma, { publicOrigin: origin, timeZone: rules.timeZone }),
    dossierChanges: {
      send: async (change) => {
        const result = await wiring.requests.submitDossierChange(change);
        if (result.status !== 'submitted') throw new Error(`A dossier change was refused by the use case: ${result.code}.`);
        return { number: result.number };
      },
    },
    reminders: new PrismaReminders(prisma, wiring.reminderDaysBefore),
    data: wiring.documentStore ? { family: new FamilyData(prisma, wiring.documentStore), links: wiring.links ?? new SignedLinks(origin) } : undefined,
    privacy: {
      transcriptDays: wiring.transcriptDays ?? HANDOFF_TRANSCRIPT_DAYS,
      stateDays: wiring.conversationStateDays ?? DEFAULT_CONVERSATION_STATE_DAYS,
      noticeUrl: `${origin.replace(/\/$/, '')}${PRIVACY_PATH}`,
    },
  };
}

/**
 * The documents feature from the environment. Two processes starting together in
 * development may both create the key file: the second one reads the first one's.
 */
export function documentsFromEnv(env: NodeJS.ProcessEnv): DocumentsSetup {
  try {
    return createDocuments(env);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createDocuments(env);
  }
}

/**
 * The hand-over: tickets on the database, staff replies sent through the adapter (to the
 * channel's serviceUrl: any process can reach a parent whose turns another one answers).
 */
export function createHandoff(prisma: PrismaClient, messenger: ProactiveMessenger): HandoffService {
  const h = messages.handoff;
  return new HandoffService(
    new PrismaHandoffStore(prisma),
    messenger,
    {
      staffJoined: (staffName) => fill(h.staffJoined, { staffName }),
      backToBot: () => h.backToBot,
      parentLeft: () => h.parentLeft,
    },
    // Several processes share PostgreSQL: a ticket another one opened must be seen at once.
    { indexOpenConversations: providerOfClient(prisma) === 'sqlite' },
  );
}

/** Linking on the database: pending codes in the bot's storage, limits in AttemptRecord, the code's mail through the outbox. */
export function createLinking(prisma: PrismaClient, storage: Storage, codeMail: CodeMail, clock: Clock): AccountLinking {
  const m = messages.link;
  return new AccountLinking({
    guardians: new PrismaGuardianLookup(prisma),
    codes: new StoragePendingCodes(storage),
    links: new PrismaChannelLinks(prisma),
    mail: codeMail,
    mailText: { subject: m.mailSubject, text: (code, minutes) => fill(m.mailText, { code, minutes }) },
    now: () => clock.now(),
    attempts: new PrismaAttemptStore(prisma),
  });
}

/** NOTIFY_INTERVAL_SECONDS (default 60): a clear error rather than a timer firing non-stop on a typo. */
export function notifyIntervalMs(env: NodeJS.ProcessEnv): number {
  const text = env.NOTIFY_INTERVAL_SECONDS?.trim();
  if (!text) return 60_000;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 86_400) {
    throw new Error(`NOTIFY_INTERVAL_SECONDS « ${text} » : nombre entier de secondes entre 5 et 86400 attendu.`);
  }
  return seconds * 1000;
}

/** The family page's sections beyond its own: money (issue 13) and the family's record (issue 14). */
export function familyPageSections(prisma: PrismaClient, services: DialogServices, rules: TownRules, now: () => Date): FamilySectionRegistry {
  const sections = new FamilySectionRegistry();
  if (services.money) sections.register(moneySection({ money: services.money, clock: now, timeZone: rules.timeZone }));
  sections.register(dossierStaffSection(prisma));
  return sections;
}

/** What staff do to a family's money in the console: the QF (from a request or directly) and payments, audited. */
export function consoleMoneyActs(prisma: PrismaClient, rules: TownRules, decide: (command: DecideCommand) => Promise<DecideResult>): MoneyActs {
  const staff = (id: string) => ({ kind: 'staff' as const, id, channel: 'console' });
  return {
    async setQuotient({ familyId, quotient, staffId, now }) {
      const result = await setFamilyQuotient(prisma, rules.config, { familyId, quotient, actor: staff(staffId), now });
      return result.ok ? { ok: true, message: `Quotient familial ${quotient} enregistré (tranche ${result.bracket}) ; ${result.notified} parent(s) prévenu(s) de leurs nouveaux tarifs.` } : result;
    },
    async setQuotientFromRequest({ number, quotient, staffId, now }) {
      const result = await setQuotientFromRequest(prisma, rules.config, decide, { number, quotient, staffId, now });
      return result.ok
        ? { ok: true, message: `Quotient familial ${quotient} enregistré (tranche ${result.bracket}) ; demande ${number} acceptée ; ${result.notified} parent(s) prévenu(s) de leurs nouveaux tarifs.` }
        : result;
    },
    recordPayment: ({ staffId, ...input }) => recordPayment(prisma, { ...input, actor: staff(staffId) }),
  };
}

/** The staff console's day-to-day reads and acts, on the database. */
export function consoleDeps(prisma: PrismaClient, rules: TownRules, handoff: HandoffService, wakeNotifier: () => void): ConsoleDeps {
  const queries = new ConsoleQueries(prisma);
  return {
    queries,
    requests: new RequestQueries(prisma),
    attendance: new PrismaAttendanceStore(prisma),
    act: {
      store: new SqlBookingStore(prisma),
      rules,
      activityLabel: (day) => {
        const offer = rules.activityOn(day);
        return offer.open ? rules.activity(offer.activity).label : 'accueil';
      },
    },
    timeZone: rules.timeZone,
    wakeNotifier,
    familyOfGuardian: (guardianId) => queries.familyOfGuardian(guardianId),
    closedConversations: async (text) => {
      const closed = await handoff.list(['closed']);
      const recent = [...closed].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      if (!text.trim()) return recent.slice(0, 20);
      const words = folded(text);
      const mentioning = await queries.handoffsMentioning(text.trim());
      return recent
        .filter((ticket) => mentioning.has(ticket.id) || folded(JSON.stringify(ticket.context)).includes(words))
        .slice(0, 50);
    },
  };
}

export async function createAssistant(options: AssistantOptions): Promise<Assistant> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? systemClock;
  const settings = readServerSettings(env);
  // Reachable by Bot Framework channels (an app id is set): production safeguards apply
  // (SMTP, documents key, no local-development downloads, Secure cookies) even when
  // NODE_ENV was left empty.
  const guardedEnv = settings.open || env.NODE_ENV === 'production' ? env : { ...env, NODE_ENV: 'production' };
  if (guardedEnv !== env) logger.warn('MicrosoftAppId is set: production safeguards apply as with NODE_ENV=production');
  const rules = options.rules ?? createTownRules();
  // Refuses to start (DocumentsConfigError) before anything is opened: no key in production.
  const documents = options.documents ?? documentsFromEnv(guardedEnv);
  if (documents.warning) logger.warn(documents.warning);
  const mailSetup = options.mail ? undefined : createMailSender(logger, guardedEnv);
  const mail = options.mail ?? mailSetup!.sender;
  const messageIdDomain = (mailSetup?.settings ?? readMailSettings(env)).messageIdDomain;
  const prisma = await createPrismaClient(options.databaseUrl);
  let outbox: OutboxWorker | undefined;
  let notifier: ProactiveNotifier | undefined;
  const requestServices = createRequestServices(prisma, {
    rules,
    settings: requestSettingsFrom(rules.config),
    messageIdDomain,
    onMailQueued: () => outbox?.wake(),
    onNotificationQueued: () => notifier?.wake(),
  });
  const { requests } = requestServices;
  outbox = new OutboxWorker(requestServices.outboxRepository, mail, {
    logger,
    readDocument: documents.readDocument,
    // A one-time code waits at most 10 s for its first retry (then 20 s, 40 s… up to an hour).
    retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 10_000 },
  });
  const storage = new PrismaStorage(prisma);
  const conversationState = new ConversationState(storage);
  const codeMail = new OutboxCodeMail(prisma, { messageIdDomain, onQueued: () => outbox?.wake() });
  const linking = createLinking(prisma, storage, codeMail, clock);
  // Unauthenticated mode: the page's bridge, the only place the assistant posts to (src/web/localBridge.ts).
  const bridge = settings.open ? new LocalBridge({ allowEmulator: settings.allowEmulator }) : undefined;
  const adapter = new AssistantAdapter(
    new CachedConnectorsAuthentication(new ConfigurationBotFrameworkAuthentication(settings.auth), bridge && ((url) => bridge.connectorUrlFor(url))),
  );
  const messenger = new AdapterProactiveMessenger(adapter, settings.auth.MicrosoftAppId ?? '');
  const handoff = createHandoff(prisma, messenger);
  const transcripts = new TranscriptRecorder(() => clock.now());
  const desk = new BotHandoffDesk({
    handoff,
    transcripts,
    guardians: new PrismaGuardianProfile(prisma),
    config: rules.config,
    publicHolidays: rules.calendar.publicHolidays,
    now: () => clock.now(),
    eventChannels: (env.HANDOFF_EVENT_CHANNELS ?? '').split(',').map((c) => c.trim()).filter(Boolean),
  });
  const keptTranscriptDays = transcriptDays(env);
  const links = new SignedLinks(settings.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN, env.LINK_SIGNING_SECRET || undefined);
  const services = createDialogServices(prisma, rules, options.understanding, clock, {
    handoff: desk,
    requests,
    intake: documents.intake,
    logRefusal: (detail) => logger.info(detail, 'attachment refused'),
    publicOrigin: settings.publicOrigin,
    conversationStateDays: settings.conversationStateDays,
    reminderDaysBefore: reminderDaysBefore(env),
    transcriptDays: keptTranscriptDays,
    documentStore: documents.store,
    links,
  });
  const references = new PrismaConversationReferences(prisma);
  const notifications = new ParentNotifications({
    source: requests,
    pending: new SqlPendingNotifications(prisma),
    references,
    now: () => clock.now(),
    memoSavedReferences: providerOfClient(prisma) === 'sqlite',
  });
  notifier = new ProactiveNotifier({
    source: requests,
    references,
    messenger,
    now: () => clock.now(),
    logger,
    intervalMs: options.notifyIntervalMs ?? notifyIntervalMs(env),
  });

  // One process per SQLite file (serverLock.ts); on PostgreSQL, turns of a conversation wait for each other across processes.
  const turnLock = providerOfClient(prisma) === 'postgresql' ? new PostgresTurnLock(options.databaseUrl) : undefined;
  const bot = new PeriscolaireBot({
    conversationState,
    linking,
    families: new PrismaFamilyDirectory(prisma),
    mainDialog: new MainDialog(services, conversationState),
    linkDialog: new LinkAccountDialog(linking, services),
    logger,
    handoff,
    notifications,
    now: () => clock.now(),
    turnLock,
    processed: new SqlProcessedActivities(prisma),
  });

  adapter.use(transcripts);
  // After the transcript (staff read the text version), before the Markdown line breaks.
  adapter.use(new OutgoingRendering());
  adapter.use(new MarkdownLineBreaks());
  adapter.use(new TypingIndicator(logger, options.typingDelayMs ?? 800));
  adapter.onTurnError = async (context, error) => {
    // Asked of the database itself: its errors come wrapped (dialogs) and differ by engine.
    const databaseDown = (await databaseHealth(prisma, options.databaseUrl, () => clock.now()).catch(() => 'unreachable')) !== 'writable';
    logger.error({ err: error, databaseDown }, 'unhandled error in turn');
    if (databaseDown) {
      // Nothing of this turn was kept: what it was about to say (a question, "réservé") would mislead.
      context.bufferedReplyActivities.length = 0;
      await context.sendActivity(fill(messages.common.databaseDown, contactVars(rules.config))).catch(() => undefined);
      return;
    }
    await context.sendActivity(fill(messages.common.error, contactVars(rules.config))).catch(() => undefined);
    await bot.resetConversation(context).catch(() => undefined);
  };

  const familyFeeds = new PrismaCalendarFeeds(prisma, { publicOrigin: settings.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN, timeZone: rules.timeZone });
  const metrics = new AssistantMetrics(metricsSources(prisma));
  let stopping = false;
  const attempts = new PrismaAttemptStore(prisma);
  const staffAuth = new StaffAuth(new PrismaStaffStore(prisma), { attempts });
  /** Each token gives the page a new Direct Line user id: minting them is limited per client. */
  const tokenLimiter = new AttemptLimiter(attempts, DIRECT_LINE_TOKENS_PER_CLIENT);
  const server = createServer({
    // Only the unauthenticated local bridge sends files inline in the activity.
    maxActivityBytes: settings.open ? LOCAL_BRIDGE_MAX_BODY_BYTES : DEFAULT_MAX_ACTIVITY_BYTES,
    adapter,
    bot: { run: (context) => metrics.turn(() => bot.run(context)) },
    logger,
    acceptsServiceUrl: bridge && ((activity, req) => bridge.accepts(activity, req)),
    clientAddressOf: bridge && ((req) => clientAddressOf(req, settings.trustedProxies)),
    pre: [
      ...(settings.open ? [loopbackHostsOnly(settings.publicOrigin)] : []),
      strictTransportSecurity({ publicOrigin: settings.publicOrigin, trustedProxies: settings.trustedProxies }),
    ],
    routes: [
      (http) =>
        registerWebChatRoutes(http, {
          directLineSecret: env.DIRECT_LINE_SECRET || undefined,
          localBridge: settings.open,
          bridge,
          secureCookies: guardedEnv.NODE_ENV === 'production',
          publicOrigin: settings.publicOrigin,
          allowTokenRequest: async (req) => {
            const key = [`directline.token.client:${clientAddressOf(req, settings.trustedProxies)}`];
            if (!(await tokenLimiter.allows(key, clock.now()))) return false;
            await tokenLimiter.record(key, clock.now());
            return true;
          },
        }),
      (http) =>
        registerFamilyRoutes(http, {
          feeds: familyFeeds,
          clock: () => clock.now(),
          retention: { transcriptDays: keptTranscriptDays, stateDays: settings.conversationStateDays },
          data: { links, family: new FamilyData(prisma, documents.store), store: documents.store },
        }),
      (http) =>
        registerStaffRoutes(http, {
          auth: staffAuth,
          handoff,
          requests: new StaffRequestsAdapter(requestServices.queries, (command) => requests.decideRequest(command), {
            meta: (id) => prisma.document.findUnique({ where: { id }, select: { mediaType: true, originalName: true, purgedAt: true, requestId: true } }),
            read: (id) => documents.store.get(id),
            audit: auditRecorder(prisma),
          }),
          clock: () => clock.now(),
          secureCookies: guardedEnv.NODE_ENV === 'production',
          publicOrigin: settings.publicOrigin,
          trustedProxies: settings.trustedProxies,
          console: {
            ...consoleDeps(prisma, rules, handoff, () => notifier?.wake()),
            sections: familyPageSections(prisma, services, rules, () => clock.now()),
            money: services.money ? consoleMoneyActs(prisma, rules, (command) => requests.decideRequest(command)) : undefined,
          },
        }),
      (http) => {
        if (services.money) registerMoneyRoutes(http, { auth: staffAuth, money: services.money, clock: () => clock.now() });
      },
    ],
    health: {
      database: () => databaseHealth(prisma, options.databaseUrl, () => clock.now()),
      languageModelWarm: () => options.understanding.isWarm(),
      stopping: () => stopping,
    },
  });
  bridge?.setPortSource(() => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : undefined;
  });
  const purge = new ExpiredRowsPurge(prisma, { stateDays: settings.conversationStateDays, logger, clock: () => clock.now() });
  const reminders = new ReminderRunner(prisma, {
    rules,
    messenger,
    messageIdDomain,
    mailbox: rules.config.contacts.mailbox,
    clock: () => clock.now(),
    onMailQueued: () => outbox?.wake(),
    logger,
  });
  outbox.start();
  notifier.start();
  purge.start();
  reminders.start();
  const transcriptRetention = new TranscriptRetention(prisma, { days: keptTranscriptDays, clock: () => clock.now(), logger });
  transcriptRetention.start();
  const dispose = async () => {
    transcriptRetention.stop();
    await reminders.stop();
    await purge.stop();
    await notifier!.stop();
    await outbox!.stop();
    await turnLock?.close();
    mailSetup?.sender.close?.();
    await prisma.$disconnect();
  };
  const markStopping = () => {
    stopping = true;
  };
  return { server, handoff, staffAuth, adapter, bot, prisma, storage, linking, settings, logger, requests, outbox, notifier, documents, familyFeeds, familyLinks: links, metrics, markStopping, dispose };
}

/** The database figures of /metrics: three small counts, asked at each scrape. */
export function metricsSources(prisma: PrismaClient): MetricsSources {
  return {
    outboxDepth: () => prisma.outboxMail.count({ where: { status: 'pending' } }),
    openTickets: async () => {
      const rows = await prisma.handoff.groupBy({ by: ['status'], where: { status: { in: ['waiting', 'active'] } }, _count: { _all: true } });
      const count = (status: string) => rows.find((row) => row.status === status)?._count._all ?? 0;
      return { waiting: count('waiting'), active: count('active') };
    },
    notificationsPending: async () => {
      const rows = await prisma.notification.groupBy({ by: ['status'], where: { status: { in: ['pending', 'failed'] } }, _count: { _all: true } });
      const count = (status: string) => rows.find((row) => row.status === status)?._count._all ?? 0;
      return { pending: count('pending'), failed: count('failed') };
    },
  };
}
