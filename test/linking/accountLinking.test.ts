/** Account linking: 6-digit code, 10 minutes, 5 tries, stored hashed, link per channel user. */
import { MemoryStorage } from 'botbuilder';
import { AccountLinking, CODE_MAX_TRIES } from '../../src/linking/accountLinking';
import type { ChannelLinkStore, GuardianLookup, GuardianRecord } from '../../src/linking/linkingPorts';
import { StoragePendingCodes } from '../../src/linking/storagePendingCodes';
import type { OutgoingMail } from '../../src/mail/mailSender';

const CAMILLE: GuardianRecord = { id: 1, email: 'camille.martin@example.fr', firstName: 'Camille' };
const USER = { channelId: 'msteams', userId: 'aad-123' };

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

function setUp() {
  let now = new Date('2026-03-02T09:00:00Z');
  const sent: OutgoingMail[] = [];
  const storage = new MemoryStorage();
  const links = new InMemoryLinks();
  const linking = new AccountLinking({
    guardians: new InMemoryGuardians(),
    codes: new StoragePendingCodes(storage),
    links,
    mail: { send: async (mail) => void sent.push(mail) },
    mailText: { subject: 'Votre code', text: (code, minutes) => `Code ${code} (${minutes} min)` },
    now: () => now,
    generateCode: () => '042917',
  });
  return { linking, sent, storage, links, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

test('sends a 6-digit code to the known address and links on the right code', async () => {
  const { linking, sent, links } = setUp();
  expect(await linking.requestCode(USER, '  Camille.Martin@example.fr ')).toEqual({ status: 'sent' });
  expect(sent).toEqual([{ to: CAMILLE.email, subject: 'Votre code', text: 'Code 042917 (10 min)' }]);
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

test('an unknown address gets the same answer and no mail', async () => {
  const { linking, sent } = setUp();
  expect(await linking.requestCode(USER, 'inconnu@example.fr')).toEqual({ status: 'sent' });
  expect(sent).toHaveLength(0);
  expect(await linking.confirmCode(USER, '042917')).toEqual({ status: 'no_pending_code' });
});

test('refuses something that is not an e-mail address', async () => {
  const { linking } = setUp();
  expect(await linking.requestCode(USER, 'camille')).toEqual({ status: 'invalid_email' });
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
  const { linking, sent, advance } = setUp();
  await linking.requestCode(USER, CAMILLE.email);
  expect(sent[0].text).toBe('Code 042917 (10 min)');
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

test('one address gets at most 3 codes an hour, whoever asks; unknown addresses likewise', async () => {
  const { linking, sent, advance } = setUp();
  for (let i = 0; i < 3; i++) {
    expect(await linking.requestCode({ channelId: 'directline', userId: `dl_${i}` }, CAMILLE.email)).toEqual({ status: 'sent' });
  }
  expect(await linking.requestCode({ channelId: 'directline', userId: 'dl_9' }, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
  expect(sent).toHaveLength(3);
  for (let i = 0; i < 3; i++) await linking.requestCode(USER, 'inconnu@example.fr');
  expect(await linking.requestCode(USER, 'inconnu@example.fr')).toEqual({ status: 'too_many_requests' });
  advance(61 * 60_000);
  expect(await linking.requestCode(USER, CAMILLE.email)).toEqual({ status: 'sent' });
});

test('ten wrong codes for one guardian in a day stop the codes, across channel users', async () => {
  const { linking, advance } = setUp();
  let wrong = 0;
  for (let user = 0; wrong < 10; user++) {
    const channelUser = { channelId: 'directline', userId: `dl_${user}` };
    if (user % 3 === 0 && user > 0) advance(61 * 60_000); // stay under the per-address limit
    await linking.requestCode(channelUser, CAMILLE.email);
    for (let i = 0; i < 4 && wrong < 10; i++, wrong++) await linking.confirmCode(channelUser, '000000');
  }
  advance(61 * 60_000); // the hourly per-address count is not what stops it
  expect(await linking.requestCode({ channelId: 'directline', userId: 'dl_last' }, CAMILLE.email)).toEqual({ status: 'too_many_requests' });
  advance(24 * 3_600_000);
  expect(await linking.requestCode({ channelId: 'directline', userId: 'dl_next_day' }, CAMILLE.email)).toEqual({ status: 'sent' });
});
