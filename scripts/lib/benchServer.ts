/**
 * A server for `npm run bench`, in its own process so that its memory is measured alone:
 *   assistant DATABASE_URL NOW  — the assistant on a prepared database, clock pinned
 *   echo                        — a bare botbuilder echo bot on the same restify stack
 * Prints "PORT <n>" on stdout once listening.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { FrenchUnderstanding } from '../../src/bot/understandingAdapter';
import { createAssistant } from '../../src/compositionRoot';
import { listen } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import type { MailSender } from '../../src/mail/mailSender';

const silentMail: MailSender = { send: async () => undefined };

async function startAssistant(databaseUrl: string, nowIso: string): Promise<number> {
  const understanding = new FrenchUnderstanding();
  await understanding.warmUp();
  const assistant = await createAssistant({
    databaseUrl,
    understanding,
    mail: silentMail,
    env: { MicrosoftAppId: '' },
    clock: { now: () => new Date(nowIso) },
    logger: createLogger({ level: 'warn' }),
  });
  return listen(assistant.server, 0, '127.0.0.1');
}

async function startEcho(): Promise<number> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Écho : ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return listen(server, 0, '127.0.0.1');
}

async function main(): Promise<void> {
  const [mode, databaseUrl, nowIso] = process.argv.slice(2);
  const port = mode === 'echo' ? await startEcho() : await startAssistant(databaseUrl, nowIso);
  process.stdout.write(`PORT ${port}\n`);
}

/** BENCH_CPU_PROFILE=FILE: profile from SIGUSR2 (the measured load starts) until stopped. */
const profileFile = process.env.BENCH_CPU_PROFILE;
let profiler: Session | undefined;
process.on('SIGUSR2', () => {
  profiler = new Session();
  profiler.connect();
  profiler.post('Profiler.enable', () => profiler!.post('Profiler.start'));
});

function stop(): void {
  if (!profiler || !profileFile) process.exit(0);
  profiler.post('Profiler.stop', (error, result) => {
    try {
      if (error) throw error;
      writeFileSync(profileFile, JSON.stringify(result.profile));
    } catch (failure) {
      process.stderr.write(`CPU profile not written: ${String(failure)}\n`);
    } finally {
      process.exit(0);
    }
  });
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
