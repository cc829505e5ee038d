/**
 * A server for `npm run bench`, in its own process so that its memory is measured alone:
 *   assistant DATABASE_URL NOW  — the assistant on a prepared database, clock pinned
 *   echo                        — a bare botbuilder echo bot on the same restify stack
 * Prints "PORT <n>" on stdout once listening.
 */
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

process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
