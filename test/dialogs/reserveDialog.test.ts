/** Reserving in French, through the main dialog, on a real SQLite file. */
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { bookingsOf, CAMILLE, converse } from './support/harness';
import { createTestDatabase } from './support/testDatabase';
import type { TestDatabase } from './support/testDatabase';

/** Monday 2 March 2026, 10:00 in Paris: Wednesday 11 and Thursday 12 March are still open. */
const MONDAY_MORNING = '2026-03-02T09:00:00Z';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

function idOf(children: { id: number; firstName: string }[], name: string): number {
  return children.find((child) => child.firstName === name)!.id;
}

test('reserves two days for Léa after a confirmation that spells them out', async () => {
  const chat = await converse(db, CAMILLE, {
    'inscrire Léa mercredi 11 et jeudi 12 mars': { intent: 'reserve', dates: ['2026-03-11', '2026-03-12'], children: ['Léa'] },
  }, MONDAY_MORNING);
  const lea = idOf(chat.family.children, 'Léa');

  expect(await chat.say('inscrire Léa mercredi 11 et jeudi 12 mars')).toEqual([
    'Je réserve pour Léa : mercredi 11 mars, jeudi 12 mars. C\'est bien cela ?',
  ]);
  expect(await bookingsOf(db, lea)).not.toHaveProperty('2026-03-11');

  const outcome = await chat.say('oui');
  expect(outcome[0]).toContain('• Léa, mercredi 11 mars : réservé');
  expect(outcome[0]).toContain('• Léa, jeudi 12 mars : réservé');
  expect(outcome[0]).toContain('[carte]');
  expect(outcome[1]).toContain('Autre chose ?');
  expect(chat.client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  expect(await bookingsOf(db, lea)).toMatchObject({ '2026-03-11': 'booked', '2026-03-12': 'booked' });
});

test('asks which child, then which days, one at a time', async () => {
  const chat = await converse(db, CAMILLE, {
    'je voudrais réserver': { intent: 'reserve' },
    'Hugo': { intent: 'none', children: ['Hugo'] },
    'jeudi 12 mars': { intent: 'none', dates: ['2026-03-12'] },
  }, MONDAY_MORNING);
  const hugo = idOf(chat.family.children, 'Hugo');

  expect(await chat.say('je voudrais réserver')).toEqual(['Pour quel enfant ? Léa, Hugo ou Inès']);
  const [askDays] = await chat.say('Hugo');
  expect(askDays).toMatch(/^Pour quels jours \?/);
  expect(await chat.say('jeudi 12 mars')).toEqual(['Je réserve pour Hugo : jeudi 12 mars. C\'est bien cela ?']);
  await chat.say('oui');
  expect(await bookingsOf(db, hugo)).toMatchObject({ '2026-03-12': 'booked' });
});

test('saying no changes nothing', async () => {
  const chat = await converse(db, CAMILLE, {
    'réserver jeudi pour Inès': { intent: 'reserve', dates: ['2026-03-05'], children: ['Inès'] },
  }, MONDAY_MORNING);
  await chat.say('réserver jeudi pour Inès');
  expect(await chat.say('non')).toEqual(["D'accord, je n'ai rien changé. Que puis-je faire d'autre ?"]);
  expect(await bookingsOf(db, idOf(chat.family.children, 'Inès'))).toEqual({});
});
