/** Account linking: 6-digit code, 10 minutes, 5 tries, stored hashed, link per channel user, limits that tell nothing. */
import { MemoryStorage } from 'botbuilder';
import { AccountLinking, CODE_MAX_TRIES } from '../../src/linking/accountLinking';
import type { ChannelUser } from '../../src/linking/accountLinking';
import type { ChannelLinkStore, CodeMail, GuardianLookup, GuardianRecord } from '../../src/linking/linkingPorts';
import { StoragePendingCodes } from '../../src/linking/storagePendingCodes';
import { MemoryAttemptStore } from '../../src/security/attemptLimiter';
import type { AttemptStore } from '../../src/security/attemptLimiter';

const CAMILLE: GuardianRecord = { id: 1, email: 'camille.martin@example.fr', firstName: 'Camille' };
const UNKNOWN = 'inconnu@example.fr';
const USER = { channelId: 'msteams', userId: 'aad-123' };
const HOUR = 3_600_000;

class InMemoryGuardians implements GuardianLookup {
  async findByEmail(email: string) {
    return email === CAMILLE.email ? CAMILLE : undefined;
  }
  async findById(id: number) {
    return id === CAMILLE.id ? CAMILLE : undefined;
  }
}

class InMemoryLinks implements ChannelLinkStore {
  readonly links = new Map<string, number>();
  async guardianFor(channelId: string, userId: string) {
    return this.links.get(`${channelId}/${userId}`);
  }
  async link(channelId: string, userId: string, guardianId: number) {
    this.links.set(`${channelId}/${userId}`, guardianId);
  }
}

/** The outbox as the linking sees it: queued mails, sent when the test says, after the delay it says. */
class FakeCodeMail implements CodeMail {
  readonly queued: { ref: string; to: string; subject: string; text: string; delay: number | 'waiting' }[] = [];
  isDelayed = false;
  /** The relay is down: the worker's first try of each mail fails before `send` returns. */
  relayDown = false;
  async send(mail: { to: string; subject: string; text: string }) {
    const ref = `mail-${this.queued.length + 1}`;
    this.queued.push({ ref, ...mail, delay: 0 });
    if (this.relayDown) this.isDelayed = true;
    return ref;
  }
  async sendDelay(ref: string) {
    return this.queued.find((mail) => mail.ref === ref)?.delay;
  }
  async delayed() {
    return this.isDelayed;
  }
}

function setUp(shared: { attempts?: AttemptStore; storage?: MemoryStorage } = {}) {
  let now = new Date('2026-03-02T09:00:00Z');
  const mail = new FakeCodeMail();
  const storage = shared.storage ?? new MemoryStorage();
  const links = new InMemoryLinks();
  const linking = new AccountLinking({
    guardians: new InMemoryGuardians(),
    codes: new StoragePendingCodes(storage),
    links,
    mail,
    mailText: { subject: 'Votre code', text: (code, minutes) => `Code ${code} (${minutes} min)` },
    now: () => now,
    attempts: shared.attempts ?? new MemoryAttemptStore(),
    generateCode: () => '042917',
  });
  return { linking, mail, storage, links, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const user = (n: number | string, clientAddress?: string): ChannelUser => ({ channelId: 'directline', userId: `dl_${n}`, clientAddress });

test('sends a 6-digit code to the known address and links on the right code', async () => {
  const { linking, mail, links } = setUp();
  expect(await linking.requestCode(USER, '  Camille.Martin@example.fr ')).toEqual({ status: 'sent', delayed: false });
  expect(mail.queued).toEqual([{ ref: 'mail-1', to: CAMILLE.email, subject: 'Votre code', text: 'Code 042917 (10 min)', delay: 0 }]);
  expect(await linking.confirmCode(USER, '042917')).toEqual({ status: 'linked', guardianId: 1, firstName: 'Camille' });
  expect(await linking.guardianFor(USER)).toBe(1);
  expect(await linking.guardianFor({ channelId: 'webchat', userId: 'aad-123' })).toBeUndefined();
  expect(links.links.size).toBe(1);
});

test('stores only a hash of the code', async () => {
  const { linking, storage } = setUp();
  await linking.requestCode(USER, CAMILLE.email);
  const items = await storage.read(['linking-code/msteams/aad-123']);
  expect(JSON.stringify(items)).not.toContain('042917');
});

test('refuses something that is not an e-mail address', async () => {
  const { linking } = setUp();
  expect(await linking.requestCode(USER, 'camille')).toEqual({ status: 'invalid_email' });
  expect(await linking.requestCode(USER, `${'a'.repeat(300)}@example.fr`)).toEqual({ status: 'invalid_email' });
});

test('every answer is the same whether or not the address is known, and an unknown one gets no mail', async () => {
  const script = async (address: string) => {
    const { linking, mail, advance } = setUp();
    const answers: unknown[] = [];
    answers.push(await linking.requestCode(USER, address));
    answers.push(await linking.confirmCode(USER, '111111'));
    answers.push(await linking.requestNewCode(USER));
    for (let i = 0; i < CODE_MAX_TRIES; i++) answers.push(await linking.confirmCode(USER, '111111'));
    answers.push(await linking.requestCode(USER, address));
    advance(11 * 60_000);
    answers.push(await linking.confirmCode(USER, '111111'));
    for (let i = 0; i < 3; i++) answers.push(await linking.requestCode(USER, address));
    return { answers, mails: mail.queued.length };
  };
  const known = await script(CAMILLE.email);
  const unknown = await script(UNKNOWN);
  expect(unknown.answers).toEqual(known.answers);
  expect(known.answers).toContainEqual({ status: 'wrong_code', triesLeft: CODE_MAX_TRIES - 1 });
  expect(known.answers).toContainEqual({ status: 'too_many_requests' });
  expect(unknown.mails).toBe(0);
  expect(known.mails).toBeGreaterThan(0);
});

test('five wrong tries use the code up', async () => {
  const { linking } = setUp();
  await linking.requestCode(USER, CAMILLE.email);
  for (let left = CODE_MAX_TRIES - 1; left >= 1; left--) {
    expect(await linking.confirmCode(USER, '000000')).toEqual({ status: 'wrong_code', triesLeft: left });
  }
  expect(await linking.confirmCode(USER, '000000')).toEqual({ status: 'too_many_tries' });
  expect(await linking.confirmCode(USER, '042917')).toEqual({ status: 'no_pending_code' });
  expect(await linking.guardianFor(USER)).toBeUndefined();
});

test('a code still works just before its 10 minutes are up, as its mail says', async () => {
  const { linking, mail, advance } = setUp();
  await linking.requestCode(USER, CAMILLE.email);
  expect(mail.queued[0].text).toBe('Code 042917 (10 min)');
  advance(10 * 60_000 - 1_000);
  expect(await linking.confirmCode(USER, '042917')).toMatchObject({ status: 'linked' });
});

test('a code expires after 10 minutes', async () => {
  const { linking, advance } = setUp();
  await linking.requestCode(USER, CAMILLE.email);
  advance(10 * 60_000);
  expect(await linking.confirmCode(USER, '042917')).toEqual({ status: 'expired' });
  expect(await linking.guardianFor(USER)).toBeUndefined();
});

test('a code whose mail left late lives 10 minutes from its departure; the parent is told when mails are late', async () => {
  const { linking, mail, advance } = setUp();
  mail.isDelayed = true;
  expect(await linking.requestCode(USER, CAMILLE.email)).toEqual({ status: 'sent', delayed: true });
  mail.queued[0].delay = 'waiting';
  advance(12 * 60_000);
  expect(await linking.confirmCode(USER, '000000')).toMatchObject({ status: 'wrong_code' });
  mail.queued[0].delay = 15 * 60_000; // left 15 minutes after it was asked for
  advance(12 * 60_000); // 24 minutes after the request, 9 after the mail left
  expect(await linking.confirmCode(USER, '042917')).toMatchObject({ status: 'linked' });
});

test("a known and an unknown address get the same answer, even when the known one's mail fails at once", async () => {
  const answers = [];
  for (const address of [CAMILLE.email, 'personne@example.fr']) {
    const { linking, mail } = setUp();
    mail.relayDown = true;
    answers.push(await linking.requestCode(USER, address));
  }
  expect(answers).toEqual([{ status: 'sent', delayed: false }, { status: 'sent', delayed: false }]);
});

test('"a new code" goes to the address of the pending one', async () => {
  const { linking, mail } = setUp();
  expect(await linking.requestNewCode(USER)).toEqual({ status: 'no_pending_code' });
  await linking.requestCode(USER, CAMILLE.email);
  expect(await linking.requestNewCode(USER)).toEqual({ status: 'sent', delayed: false });
  expect(mail.queued.map((m) => m.to)).toEqual([CAMILLE.email, CAMILLE.email]);
});

describe('limits', () => {
  test('a stranger who asks codes for an address does not keep its owner from getting one', async () => {
    const { linking, mail } = setUp();
    const stranger = user('stranger', '203.0.113.9');
    for (let i = 0; i < 3; i++) expect(await linking.requestCode(stranger, CAMILLE.email)).toMatchObject({ status: 'sent' });
    expect(await linking.requestCode(stranger, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
    // Another channel user on the same client address is the same stranger.
    expect(await linking.requestCode(user('stranger-2', '203.0.113.9'), CAMILLE.email)).toEqual({ status: 'too_many_requests' });
    expect(await linking.requestCode(user('camille', '198.51.100.4'), CAMILLE.email)).toMatchObject({ status: 'sent' });
    expect(mail.queued).toHaveLength(4);
  });

  test('an address gets at most 10 codes an hour, whoever asks', async () => {
    const { linking, advance } = setUp();
    for (let i = 0; i < 10; i++) expect(await linking.requestCode(user(i), CAMILLE.email)).toMatchObject({ status: 'sent' });
    expect(await linking.requestCode(user('next'), CAMILLE.email)).toEqual({ status: 'too_many_requests' });
    advance(HOUR);
    expect(await linking.requestCode(user('next'), CAMILLE.email)).toMatchObject({ status: 'sent' });
  });

  test('one channel user gets at most 5 codes an hour, whatever the addresses', async () => {
    const { linking } = setUp();
    for (let i = 0; i < 5; i++) expect(await linking.requestCode(USER, `parent${i}@example.fr`)).toMatchObject({ status: 'sent' });
    expect(await linking.requestCode(USER, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
  });

  test("a stranger's wrong codes stop the stranger, not the owner; 30 wrong codes a day stop every code for the address", async () => {
    const { linking, advance } = setUp();
    const guess = async (who: ChannelUser, times: number) => {
      for (let i = 0; i < times; i++) {
        if (i % 5 === 0) await linking.requestCode(who, CAMILLE.email);
        await linking.confirmCode(who, '000000');
      }
    };
    const stranger = user('stranger');
    await guess(stranger, 10);
    advance(HOUR);
    expect(await linking.requestCode(stranger, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
    expect(await linking.requestCode(user('camille'), CAMILLE.email)).toMatchObject({ status: 'sent' });
    await guess(user('stranger-2'), 10);
    advance(HOUR);
    await guess(user('stranger-3'), 10);
    advance(HOUR);
    expect(await linking.requestCode(user('camille'), CAMILLE.email)).toEqual({ status: 'too_many_requests' });
    advance(24 * HOUR);
    expect(await linking.requestCode(user('camille'), CAMILLE.email)).toMatchObject({ status: 'sent' });
  });

  test('the counts are in the store, not in the process: a restarted assistant still refuses', async () => {
    const attempts = new MemoryAttemptStore();
    const storage = new MemoryStorage();
    const before = setUp({ attempts, storage });
    for (let i = 0; i < 3; i++) await before.linking.requestCode(USER, CAMILLE.email);
    const after = setUp({ attempts, storage });
    expect(await after.linking.requestCode(USER, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
  });
});
