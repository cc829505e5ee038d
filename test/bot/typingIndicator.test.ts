/** The typing indicator shows on slow turns only, and never on expectReplies turns. */
import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import pino from 'pino';
import { TypingIndicator } from '../../src/bot/typingIndicator';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function typesDuring(turnMs: number, extra: Partial<Activity> = {}): Promise<string[]> {
  const adapter = new TestAdapter(async (context) => {
    await sleep(turnMs);
    await context.sendActivity('réponse');
  });
  adapter.use(new TypingIndicator(pino({ level: 'silent' }), 20, 1000));
  await adapter.receiveActivity({ type: 'message', text: 'bonjour', ...extra });
  return adapter.activeQueue.map((activity) => activity.type ?? '');
}

test('a slow turn shows typing before the answer', async () => {
  expect(await typesDuring(80)).toEqual(['typing', 'message']);
});

test('a fast turn does not', async () => {
  expect(await typesDuring(0)).toEqual(['message']);
});

test('an expectReplies turn never does', async () => {
  expect(await typesDuring(80, { deliveryMode: 'expectReplies' })).not.toContain('typing');
});
