/**
 * The one place that knows every concrete class: configuration, database, booking
 * use cases, understanding, mail, dialogs, bot, adapter and HTTP server. Nothing here
 * listens: src/main.ts does, tests start the server on port 0.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Clock, DialogServices, Understanding } from '../dialogs/services';
import { LinkAccountDialog } from '../dialogs/linkAccountDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { fill, messages } from '../dialogs/messages/catalog';
import { createTownRules } from './domain/createTownRules';
import type { TownRules } from './domain/townRules';
import { createPrismaClient } from './infrastructure/database/createPrismaClient';
import type { PrismaClient } from './infrastructure/database/createPrismaClient';
import { PrismaBookingQueries } from './infrastructure/bookings/prismaBookingQueries';
import { PrismaBookingStore } from './infrastructure/bookings/prismaBookingStore';
import { AccountLinking } from './linking/accountLinking';
import { PrismaChannelLinks, PrismaGuardianLookup } from './linking/prismaLinkingStores';
import { StoragePendingCodes } from './linking/storagePendingCodes';
import { createMailSender } from './mail/createMailSender';
import type { MailSender } from './mail/mailSender';
import { UseCaseBookings } from './bot/bookingsAdapter';
import { LateRequestMailer } from './bot/lateRequestMailer';
import { PeriscolaireBot } from './bot/periscolaireBot';
import { PrismaFamilyDirectory } from './bot/prismaFamilyDirectory';
import { PrismaStorage } from './bot/prismaStorage';
import { TypingIndicator } from './bot/typingIndicator';
import { createServer } from './server/createServer';
import { AdapterProactiveMessenger } from './bot/proactiveMessenger';
import { BotHandoffDesk } from './bot/handoffDesk';
import { PrismaGuardianProfile } from './bot/prismaGuardianProfile';
import { TranscriptRecorder } from './bot/transcriptRecorder';
import { HandoffService } from './handoff/handoffService';
import type { ProactiveMessenger } from './handoff/handoffService';
import { PrismaHandoffStore } from './infrastructure/handoff/prismaHandoffStore';
import { PrismaStaffStore } from './infrastructure/staff/prismaStaffStore';
import { StaffAuth } from './staff/staffAuth';
import { registerStaffRoutes } from './staff/staffRoutes';
import { registerWebChatRoutes } from './web/webChatRoutes';
import { createLogger } from './server/logger';
import { readServerSettings } from './server/settings';
import type { ServerSettings } from './server/settings';
import { contactVars } from '../dialogs/replies';

export const systemClock: Clock = { now: () => new Date() };

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
}

export interface Assistant {
  server: Server;
  handoff: HandoffService;
  staffAuth: StaffAuth;
  adapter: CloudAdapter;
  bot: PeriscolaireBot;
  prisma: PrismaClient;
  storage: Storage;
  linking: AccountLinking;
  settings: ServerSettings;
  logger: Logger;
  /** Closes the database (call after the server has stopped). */
  dispose(): Promise<void>;
}

/** Everything the dialogs are built with, on a given database. */
export function createDialogServices(
  prisma: PrismaClient,
  rules: TownRules,
  understanding: Understanding,
  mail: MailSender,
  clock: Clock,
  people: Pick<DialogServices, 'handoff' | 'serviceMessages'>,
): DialogServices {
  const bookings = new UseCaseBookings({ store: new PrismaBookingStore(prisma), rules }, new PrismaBookingQueries(prisma));
  const lateRequests = new LateRequestMailer(prisma, mail, rules.config.contacts.mailbox, rules.timeZone);
  return { understanding, bookings, lateRequests, rules, clock, ...people };
}

/** The hand-over: tickets on the database, staff replies sent through the adapter. */
export function createHandoff(prisma: PrismaClient, messenger: ProactiveMessenger): HandoffService {
  const h = messages.handoff;
  return new HandoffService(new PrismaHandoffStore(prisma), messenger, {
    staffJoined: (staffName) => fill(h.staffJoined, { staffName }),
    backToBot: () => h.backToBot,
  });
}

export function createLinking(prisma: PrismaClient, storage: Storage, mail: MailSender, clock: Clock): AccountLinking {
  const m = messages.link;
  return new AccountLinking({
    guardians: new PrismaGuardianLookup(prisma),
    codes: new StoragePendingCodes(storage),
    links: new PrismaChannelLinks(prisma),
    mail,
    mailText: { subject: m.mailSubject, text: (code, minutes) => fill(m.mailText, { code, minutes }) },
    now: () => clock.now(),
  });
}

export async function createAssistant(options: AssistantOptions): Promise<Assistant> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? systemClock;
  const settings = readServerSettings(env);
  const rules = options.rules ?? createTownRules();
  const prisma = await createPrismaClient(options.databaseUrl);
  const mail = options.mail ?? createMailSender(logger, env).sender;
  const storage = new PrismaStorage(prisma);
  const conversationState = new ConversationState(storage);
  const linking = createLinking(prisma, storage, mail, clock);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings.auth));
  const handoff = createHandoff(prisma, new AdapterProactiveMessenger(adapter, settings.auth.MicrosoftAppId ?? ''));
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
  const services = createDialogServices(prisma, rules, options.understanding, mail, clock, { handoff: desk });

  const bot = new PeriscolaireBot({
    conversationState,
    linking,
    families: new PrismaFamilyDirectory(prisma),
    mainDialog: new MainDialog(services, conversationState.createProperty<number>('misunderstoodInARow')),
    linkDialog: new LinkAccountDialog(linking, rules.config),
    logger,
    handoff,
    now: () => clock.now(),
  });

  adapter.use(transcripts);
  adapter.use(new TypingIndicator(logger, options.typingDelayMs ?? 800));
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error }, 'unhandled error in turn');
    await context.sendActivity(fill(messages.common.error, contactVars(rules.config))).catch(() => undefined);
    await bot.resetConversation(context).catch(() => undefined);
  };

  const staffAuth = new StaffAuth(new PrismaStaffStore(prisma));
  const server = createServer({
    adapter,
    bot,
    logger,
    routes: [
      (http) => registerWebChatRoutes(http, { directLineSecret: env.DIRECT_LINE_SECRET || undefined }),
      (http) =>
        registerStaffRoutes(http, {
          auth: staffAuth,
          handoff,
          clock: () => clock.now(),
          secureCookies: env.NODE_ENV === 'production',
        }),
    ],
    health: {
      databaseReachable: async () => (await prisma.$queryRawUnsafe<unknown[]>('SELECT 1')).length === 1,
      languageModelWarm: () => options.understanding.isWarm(),
    },
  });
  return { server, handoff, staffAuth, adapter, bot, prisma, storage, linking, settings, logger, dispose: () => prisma.$disconnect() };
}
