/**
 * Hand-over end to end on the real server: a parent asks for a person, a staff member
 * logs in to /staff, takes the conversation, replies (the parent receives it through
 * the stored conversation reference), and gives it back to the bot.
 */
import { plainSpaces } from '../../src/domain/frenchTypography';
import { BotClient } from '../../scripts/lib/botClient';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';
import { startAssistant } from './support/runningAssistant';
import type { RunningAssistant } from './support/runningAssistant';
import { StaffBrowser } from './support/staffBrowser';

const THURSDAY_MORNING = new Date('2026-11-26T09:30:00+01:00');
const SATURDAY = new Date('2026-11-28T10:00:00+01:00');
let db: TestDatabase;
let running: RunningAssistant;
let base: string;
let now: Date;

beforeEach(async () => {
  db = await createTestDatabase();
  now = THURSDAY_MORNING;
  running = await startAssistant(db, () => now);
  base = running.base;
  await running.assistant.staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie (service périscolaire)', 'mot de passe du service', now);
});
afterEach(async () => {
  await running.stop();
  await db.drop();
});

/** A page's cookie, by parent. */
const pageCookies = new Map<BotClient, string>();

/**
 * A linked parent on the local web chat bridge, as the page connects: a conversation
 * bound to the page's cookie, whose later messages arrive at /webchat/local.
 */
async function linkedParent(userId = 'parent-web-1'): Promise<BotClient> {
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  await db.prisma.channelAccount.create({ data: { channelId: 'webchat', channelUserId: userId, guardianId: guardian.id, linkedAt: now } });
  const page = await fetch(`${base}/webchat/local/conversations`, { method: 'POST' });
  const cookie = page.headers.getSetCookie()[0].split(';')[0];
  const { conversationId } = (await page.json()) as { conversationId: string };
  const parent = new BotClient({ endpoint: `${base}/api/messages`, channelId: 'webchat', userId, conversationId, headers: { cookie } });
  pageCookies.set(parent, cookie);
  return parent;
}

async function pendingFor(parent: BotClient): Promise<string[]> {
  const response = await fetch(`${base}/webchat/local/pending?conversationId=${encodeURIComponent(parent.conversationId)}`, {
    headers: { cookie: pageCookies.get(parent)! },
  });
  const body = (await response.json()) as { activities: { text?: string }[] };
  return body.activities.map((activity) => plainSpaces(activity.text ?? ''));
}

/** What the parent reads, typographic spaces shown as plain ones. */
const texts = (replies: { text?: string }[]) => replies.map((reply) => plainSpaces(reply.text ?? ''));

test('a parent reaches a person, who replies and gives the conversation back', async () => {
  const parent = await linkedParent();
  await parent.say('bonjour');
  expect(texts(await parent.say("je voudrais parler à quelqu'un"))[0]).toMatch(/^Je transmets votre demande/);
  expect(texts(await parent.say('Hugo a perdu son doudou mardi, quelqu’un l’a trouvé ?'))).toEqual([
    "Message transmis au service. Une personne vous répondra ici dès que possible. Pour revenir à l'assistant, écrivez « revenir à l'assistant ».",
  ]);

  const staff = new StaffBrowser(base);
  expect(await staff.login('agent@joinvillelepont.fr', 'mauvais mot de passe !!')).toBe(401);
  expect(await staff.login('agent@joinvillelepont.fr', 'mot de passe du service')).toBe(303);
  const dashboard = await staff.get('/staff');
  expect(dashboard).toMatch(/En attente d(&#39;|')un agent \(1\)/);
  expect(dashboard).toContain('Mme Camille Martin');

  const ticketId = (await db.prisma.handoff.findFirstOrThrow()).id;
  const page = await staff.get(`/staff/conversations/${ticketId}`);
  expect(page).toContain('doudou'); // the parent's message relayed to staff
  expect(page).toContain('bonjour'); // and what came before the hand-over
  expect(await staff.post(`/staff/conversations/${ticketId}/take`, {}, { withoutCsrf: true })).toBe(403);
  expect(await staff.post(`/staff/conversations/${ticketId}/take`)).toBe(303);
  expect(await pendingFor(parent)).toEqual(['Sophie (service périscolaire), du service périscolaire, a rejoint la conversation.']);

  expect(await staff.post(`/staff/conversations/${ticketId}/reply`, { message: 'Bonjour, oui : il est à l’accueil de Polangis.' })).toBe(303);
  expect(await pendingFor(parent)).toEqual(['**Sophie (service périscolaire)** : Bonjour, oui : il est à l’accueil de Polangis.']);

  // While staff hold the conversation, the bot does not answer: the parent talks to staff.
  expect(await parent.say('Merci beaucoup !')).toEqual([]);
  expect(await staff.get(`/staff/conversations/${ticketId}/transcript`)).toContain('Merci beaucoup !');

  expect(await staff.post(`/staff/conversations/${ticketId}/release`)).toBe(303);
  expect((await pendingFor(parent))[0]).toMatch(/^La personne du service a terminé/);
  expect(texts(await parent.say('bonjour'))[0]).toMatch(/^Bonjour Camille/);
  expect(await db.prisma.handoff.findUniqueOrThrow({ where: { id: ticketId } })).toMatchObject({ status: 'closed' });
});

test('outside opening hours the parent gets the contacts instead of a waiting room', async () => {
  now = SATURDAY;
  const parent = await linkedParent('parent-web-2');
  expect(texts(await parent.say("je veux parler à quelqu'un"))[0]).toMatch(/personne n'est disponible en ce moment/);
  expect(await db.prisma.handoff.count()).toBe(0);
});

test("outside opening hours a child's safety is told the emergency numbers first", async () => {
  now = SATURDAY;
  const parent = await linkedParent('parent-web-4');
  const [reply] = texts(await parent.say("un homme que je ne connais pas a dit à ma fille qu'il viendrait la chercher ce soir"));
  expect(reply).toMatch(/^Si un enfant est en danger, appelez tout de suite le 17 \(police\) ou le 112\. Le service périscolaire répond/);
  // Asking for a person at the same hour sounds no alarm.
  const other = await linkedParent('parent-web-5');
  expect(texts(await other.say("je veux parler à quelqu'un"))[0]).not.toMatch(/danger/);
  // The same story ending on « je veux parler à quelqu'un » is still told the numbers.
  const third = await linkedParent('parent-web-6');
  const [asked] = texts(await third.say("mon ex est passé chercher ma fille à la garderie alors qu'il n'en a pas le droit, je veux parler à quelqu'un vite"));
  expect(asked).toMatch(/^Si un enfant est en danger, appelez tout de suite le 17 \(police\) ou le 112\./);
});

test('a sensitive message goes straight to a person', async () => {
  const parent = await linkedParent('parent-web-3');
  const [reply] = texts(await parent.say('Ma fille est rentrée avec une blessure au bras, que s’est-il passé ?'));
  expect(reply).toMatch(/^Votre message mérite la réponse d'une personne/);
  expect(await db.prisma.handoff.findFirstOrThrow()).toMatchObject({ reason: 'sensitive', status: 'waiting' });
});

test("the staff console is closed to a parent's page: no session, no data", async () => {
  for (const path of ['/staff', '/staff/conversations/1']) {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/login');
  }
  expect((await fetch(`${base}/staff/conversations/1/transcript`)).status).toBe(401);
  const forged = await fetch(`${base}/staff/conversations/1/reply`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    body: 'message=hello',
    redirect: 'manual',
  });
  expect(forged.status).toBe(401);
});

test('the parent can come back to the assistant by themselves; staff see why', async () => {
  const parent = await linkedParent('parent-web-4');
  await parent.say("je veux parler à quelqu'un");
  expect(texts(await parent.say("revenir à l'assistant"))[0]).toMatch(/vous êtes de nouveau avec l'assistant/);
  expect(texts(await parent.say('bonjour'))[0]).toMatch(/^Bonjour Camille/);
  const ticket = await db.prisma.handoff.findFirstOrThrow({ include: { messages: true } });
  expect(ticket.status).toBe('closed');
  expect(ticket.messages.map((m) => m.text)).toContain("Le parent est revenu à l'assistant (conversation fermée).");
});

test('a colleague takes over a conversation another agent holds, and the parent is told', async () => {
  const parent = await linkedParent('parent-web-5');
  await parent.say("je veux parler à quelqu'un");
  await running.assistant.staffAuth.createAccount('collegue@joinvillelepont.fr', 'Karine (service périscolaire)', 'autre mot de passe du service', now);
  const ticketId = (await db.prisma.handoff.findFirstOrThrow()).id;
  const first = new StaffBrowser(base);
  await first.login('agent@joinvillelepont.fr', 'mot de passe du service');
  await first.get(`/staff/conversations/${ticketId}`);
  expect(await first.post(`/staff/conversations/${ticketId}/take`)).toBe(303);
  await pendingFor(parent);

  const colleague = new StaffBrowser(base);
  await colleague.login('collegue@joinvillelepont.fr', 'autre mot de passe du service');
  expect(await colleague.get(`/staff/conversations/${ticketId}`)).toContain('Reprendre la conversation');
  expect(await colleague.post(`/staff/conversations/${ticketId}/reply`, { message: 'Bonjour' })).toBe(303);
  expect(await pendingFor(parent)).toEqual([]); // not theirs yet: nothing sent
  expect(await colleague.post(`/staff/conversations/${ticketId}/takeover`)).toBe(303);
  expect(await pendingFor(parent)).toEqual(['Karine (service périscolaire), du service périscolaire, a rejoint la conversation.']);
  expect(await colleague.post(`/staff/conversations/${ticketId}/reply`, { message: 'Je prends le relais.' })).toBe(303);
  // A person writes: the parent reads who.
  expect(await pendingFor(parent)).toEqual(['**Karine (service périscolaire)** : Je prends le relais.']);
});

test('behind a reverse proxy that rewrites Host, the console works with PUBLIC_ORIGIN', async () => {
  await running.stop();
  running = await startAssistant(db, () => now, { env: { MicrosoftAppId: '', PUBLIC_ORIGIN: 'https://assistant.joinvillelepont.fr' } });
  base = running.base;
  await running.assistant.staffAuth.createAccount('proxy@joinvillelepont.fr', 'Agent', 'mot de passe du service', now);
  await fetch(`${base}/staff/login`);
  const page = await fetch(`${base}/staff/login`);
  const cookie = page.headers.getSetCookie()[0].split(';')[0];
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
  const post = (origin: string) =>
    fetch(`${base}/staff/login`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, email: 'proxy@joinvillelepont.fr', password: 'mot de passe du service' }),
      redirect: 'manual',
    });
  expect((await post('https://evil.example')).status).toBe(403);
  expect((await post('https://assistant.joinvillelepont.fr')).status).toBe(303);
});
