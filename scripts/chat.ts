/**
 * `npm run chat`: talk to the assistant in the terminal. The assistant runs in this
 * process on the embedded database (migrated and seeded first), reached over loopback
 * HTTP with expectReplies, exactly as a channel would.
 *
 *   npm run chat -- --as camille.martin@example.fr --now 2026-03-02T10:00
 *   printf 'réserver mercredi pour Léa\noui\n' | npm run chat -- --as camille.martin@example.fr
 *
 * --as EMAIL  act as a demo guardian without linking (demo families only)
 * --now ISO   pin the clock (without offset: Europe/Paris time)
 *
 * A line that is a file path or an http(s) URL to a PDF, JPEG, PNG or HEIC is sent as an
 * attachment, as Web Chat would: a local file inline (data: URL), a URL as contentUrl
 * (downloaded under the attachment policy: see ATTACHMENTS_* in the README).
 */
import 'dotenv/config';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Attachment } from 'botbuilder';
import { seedDatabase } from '../prisma/seed/seedDatabase';
import { createAssistant } from '../src/compositionRoot';
import { FrenchUnderstanding } from '../src/bot/understandingAdapter';
import { createTownRules } from '../src/domain/createTownRules';
import { instantAt } from '../src/domain/day';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';
import { applyMigrations } from '../src/infrastructure/migrations/migrator';
import { PrismaChannelLinks } from '../src/linking/prismaLinkingStores';
import { close, listen } from '../src/server/createServer';
import { createLogger } from '../src/server/logger';
import { BotClient, replyAsText } from './lib/botClient';

const CHANNEL = 'terminal';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** "2026-03-02T10:00" is Paris time; a string with Z or an offset is taken as is. */
function parseNow(text: string, timeZone: string): Date {
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(text)) return new Date(text);
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text);
  if (!match) throw new Error(`--now: date ISO attendue (AAAA-MM-JJTHH:MM), reçu « ${text} »`);
  return instantAt(match[1], Number(match[2] ?? 9), Number(match[3] ?? 0), timeZone);
}

const MEDIA_TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic' };
const FILE_LINE = /\.(pdf|jpe?g|png|heic)$/i;

/** The attachment a line stands for, when it names a file or a URL to one. */
export function attachmentOfLine(line: string): Attachment | undefined {
  const url = /^https?:\/\/\S+$/i.test(line) ? new URL(line) : undefined;
  const name = url ? path.basename(url.pathname) : path.basename(line);
  const extension = FILE_LINE.exec(url ? url.pathname : line)?.[1].toLowerCase();
  if (!extension) return undefined;
  const contentType = MEDIA_TYPES[extension];
  if (url) return { contentType, contentUrl: url.href, name };
  const file = path.resolve(line.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  if (!existsSync(file)) return undefined;
  return { contentType, contentUrl: `data:${contentType};base64,${readFileSync(file).toString('base64')}`, name };
}

async function main(): Promise<void> {
  const rules = createTownRules();
  const nowArg = argument('now');
  const pinned = nowArg ? parseNow(nowArg, rules.timeZone) : undefined;
  const email = argument('as')?.toLowerCase();
  const databaseUrl = databaseUrlFromEnv();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', destination: process.stderr as never });

  await applyMigrations(databaseUrl);
  const understanding = new FrenchUnderstanding(rules.calendar);
  await understanding.warmUp();
  const assistant = await createAssistant({
    databaseUrl,
    understanding,
    logger,
    rules,
    env: { ...process.env, MicrosoftAppId: '', PORT: '0' },
    clock: { now: () => pinned ?? new Date() },
  });
  await seedDatabase(assistant.prisma, rules, { demo: true });

  let userId = 'terminal-parent';
  if (email) {
    const guardian = await assistant.prisma.guardian.findUnique({ where: { email }, include: { family: true } });
    if (!guardian || !guardian.family.isDemo) throw new Error(`--as : ${email} n'est pas un parent des familles de démonstration.`);
    userId = `terminal-${email}`;
    await new PrismaChannelLinks(assistant.prisma).link(CHANNEL, userId, guardian.id, new Date());
  }
  const port = await listen(assistant.server, 0, '127.0.0.1');
  const client = new BotClient({ endpoint: `http://127.0.0.1:${port}/api/messages`, channelId: CHANNEL, userId });

  const interactive = process.stdin.isTTY === true;
  if (interactive) {
    process.stdout.write(`Assistant périscolaire (terminal)${email ? ` — connecté en tant que ${email}` : ''}${pinned ? ` — horloge figée au ${pinned.toISOString()}` : ''}. Ctrl+D pour quitter.\n`);
  }
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (interactive) process.stdout.write('vous> ');
  for await (const line of lines) {
    const text = line.trim();
    if (text) {
      if (!interactive) process.stdout.write(`> ${text}\n`);
      const attachment = attachmentOfLine(text);
      for (const reply of await (attachment ? client.say('', [attachment]) : client.say(text))) {
        const shown = replyAsText(reply);
        if (shown) process.stdout.write(`${shown}\n`);
      }
      process.stdout.write(interactive ? '\nvous> ' : '\n');
    } else if (interactive) {
      process.stdout.write('vous> ');
    }
  }
  await close(assistant.server);
  // Mails queued by the last messages (a late request) leave before the process does.
  await assistant.outbox.runOnce().catch(() => undefined);
  await assistant.dispose();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
