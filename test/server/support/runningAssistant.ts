/**
 * The whole assistant on a test database, listening on an ephemeral loopback port,
 * with a recording mailbox, a temporary document store, a pinned clock and a quiet log.
 */
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { MailSender } from '../../../src/mail/mailSender';
import { FrenchUnderstanding } from '../../../src/bot/understandingAdapter';
import { createAssistant } from '../../../src/compositionRoot';
import type { Assistant } from '../../../src/compositionRoot';
import { close, listen } from '../../../src/server/createServer';
import { createLogger } from '../../../src/server/logger';
import { RecordingMail, testDocuments } from '../../dialogs/support/harness';
import type { TestDatabase } from '../../dialogs/support/testDatabase';

/** One understanding per test file: its warm-up (classifier training) is the slow part. */
export const understanding = new FrenchUnderstanding();

export interface RunningAssistant {
  assistant: Assistant;
  /** http://127.0.0.1:PORT */
  base: string;
  mail: RecordingMail;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Environment of the assistant (default: no MicrosoftAppId, local use). */
  env?: NodeJS.ProcessEnv;
  /** Default: warnings and errors only, discarded. */
  logger?: Logger;
  /** What the outbox sends through (default: a RecordingMail, also given back as `mail`). */
  mail?: MailSender;
}

export async function startAssistant(db: TestDatabase, now: () => Date, options: StartOptions = {}): Promise<RunningAssistant> {
  await understanding.warmUp();
  const mail = new RecordingMail();
  const assistant = await createAssistant({
    databaseUrl: db.url,
    env: options.env ?? { MicrosoftAppId: '' },
    understanding,
    mail: options.mail ?? mail,
    rules: db.rules,
    documents: testDocuments(db),
    clock: { now },
    logger: options.logger ?? createLogger({ level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  });
  const base = `http://127.0.0.1:${await listen(assistant.server, 0, '127.0.0.1')}`;
  return {
    assistant,
    base,
    mail,
    async stop() {
      await close(assistant.server);
      await assistant.dispose();
    },
  };
}
