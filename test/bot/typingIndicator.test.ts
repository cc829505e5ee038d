/** The typing indicator shows on slow turns only, and never on expectReplies turns. */
import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import pino from 'pino';
import { TypingIndicator } from '../../src/bot/typingIndicator';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The activities a turn of `turnMs` sends when typing shows after `delayMs` (timers only: no wall-clock race). */
async function typesDuring(turnMs: number, extra: Partial<Activity> = {}, delayMs = 20): Promise<string[]> {
  const adapter = new TestAdapter(async (context) => {
    await sleep(turnMs);
    await context.sendActivity('réponse');
  });
  adapter.use(new TypingIndicator(pino({ level: 'silent' }), delayMs, 1000));
  await adapter.receiveActivity({ type: 'message', text: 'bonjour', ...extra });
  return adapter.activeQueue.map((activity) => activity.type ?? '');
}

test('a slow turn shows typing before the answer', async () => {
  expect(await typesDuring(80)).toEqual(['typing', 'message']);
});

test('a fast turn does not', async () => {
  // A turn that ends long before the delay, however loaded the machine: the delay is a minute.
  expect(await typesDuring(0, {}, 60_000)).toEqual(['message']);
});

test('an expectReplies turn never does', async () => {
  expect(await typesDuring(80, { deliveryMode: 'expectReplies' })).not.toContain('typing');
});
