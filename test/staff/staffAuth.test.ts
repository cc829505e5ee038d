import { StaffAuth, sameToken } from '../../src/staff/staffAuth';
import { MemoryStaffStore } from './support/memoryStaffStore';

const at = (iso: string) => new Date(iso);

async function withAccount() {
  const store = new MemoryStaffStore();
  const auth = new StaffAuth(store, { idleMinutes: 30, maxHours: 10 });
  await auth.createAccount('Agent.Dupont@Joinville.fr', 'Agent Dupont', 'un mot de passe solide', at('2026-11-26T08:00:00Z'));
  return { store, auth };
}

describe('staff log-in', () => {
  it('stores a hash, never the password', async () => {
    const { store } = await withAccount();
    expect(store.accounts[0].email).toBe('agent.dupont@joinville.fr');
    expect(store.accounts[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(store.accounts[0].passwordHash).not.toContain('solide');
  });

  it('refuses a short password and a duplicate account', async () => {
    const { auth } = await withAccount();
    await expect(auth.createAccount('autre@joinville.fr', 'Autre', 'court', new Date())).rejects.toThrow(/12 caractères/);
    await expect(auth.createAccount('agent.dupont@joinville.fr', 'X', 'un autre mot de passe', new Date())).rejects.toThrow(/existe déjà/);
  });

  it('opens a session whose token is stored only as a hash', async () => {
    const { store, auth } = await withAccount();
    const result = await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '127.0.0.1', at('2026-11-26T09:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(store.sessions.has(result.token)).toBe(false);
    expect(store.sessions.size).toBe(1);
    const who = await auth.authenticate(result.token, at('2026-11-26T09:10:00Z'));
    expect(who?.account.displayName).toBe('Agent Dupont');
  });

  it('refuses a wrong password the same way as an unknown e-mail', async () => {
    const { auth } = await withAccount();
    expect(await auth.login('agent.dupont@joinville.fr', 'mauvais mot de passe', '127.0.0.1', new Date())).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.login('personne@joinville.fr', 'un mot de passe solide', '127.0.0.1', new Date())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('stops password guessing after five failures, even with the right password', async () => {
    const { auth } = await withAccount();
    const now = at('2026-11-26T09:00:00Z');
    for (let i = 0; i < 5; i++) await auth.login('agent.dupont@joinville.fr', `essai ${i} essai essai`, '10.1.1.1', now);
    expect(await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '10.1.1.2', now)).toEqual({ ok: false, reason: 'throttled' });
    const later = at('2026-11-26T09:16:00Z');
    expect((await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '10.1.1.2', later)).ok).toBe(true);
  });

  it('expires a session after 30 idle minutes, and after 10 hours whatever the activity', async () => {
    const { auth } = await withAccount();
    const login = await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '127.0.0.1', at('2026-11-26T08:00:00Z'));
    if (!login.ok) throw new Error('login failed');
    expect(await auth.authenticate(login.token, at('2026-11-26T08:31:00Z'))).toBeUndefined();

    const busy = await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '127.0.0.1', at('2026-11-26T08:00:00Z'));
    if (!busy.ok) throw new Error('login failed');
    let now = at('2026-11-26T08:00:00Z').getTime();
    for (let i = 0; i < 20; i++) {
      now += 29 * 60_000;
      expect(await auth.authenticate(busy.token, new Date(now))).toBeDefined();
    }
    now += 29 * 60_000; // 20 × 29 min = 9 h 40, one more is past 10 h
    expect(await auth.authenticate(busy.token, new Date(now))).toBeUndefined();
  });

  it('closes every session when the password is reset, and on log-out', async () => {
    const { auth } = await withAccount();
    const login = await auth.login('agent.dupont@joinville.fr', 'un mot de passe solide', '127.0.0.1', new Date());
    if (!login.ok) throw new Error('login failed');
    await auth.resetPassword('agent.dupont@joinville.fr', 'un nouveau mot de passe');
    expect(await auth.authenticate(login.token, new Date())).toBeUndefined();
    const again = await auth.login('agent.dupont@joinville.fr', 'un nouveau mot de passe', '127.0.0.1', new Date());
    if (!again.ok) throw new Error('login failed');
    await auth.logout(again.token);
    expect(await auth.authenticate(again.token, new Date())).toBeUndefined();
  });

  it('compares CSRF tokens exactly', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abc', 'abd')).toBe(false);
    expect(sameToken('abc', undefined)).toBe(false);
  });
});
