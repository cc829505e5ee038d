import { ServerSettingsError, readServerSettings } from '../../src/server/settings';

test('a wrong server variable stops start-up with a French message naming it', () => {
  expect(() => readServerSettings({ PORT: 'abc' })).toThrow(ServerSettingsError);
  expect(() => readServerSettings({ PORT: 'abc' })).toThrow(/PORT « abc » : entier de 0 à 65535 attendu/);
  expect(() => readServerSettings({ MicrosoftAppId: 'x', MicrosoftAppType: 'Multi' })).toThrow(/MicrosoftAppType « Multi »/);
});

test('without an app id the assistant listens on this machine only', () => {
  expect(readServerSettings({ HOST: '0.0.0.0' })).toMatchObject({ open: true, host: '127.0.0.1', port: 3978 });
  expect(readServerSettings({ MicrosoftAppId: 'x' })).toMatchObject({ open: false, host: '0.0.0.0' });
});

test('behind the town reverse proxy: public origin and trusted forwarded address, checked', () => {
  expect(readServerSettings({ PUBLIC_ORIGIN: 'https://assistant.joinvillelepont.fr/', TRUST_PROXY: 'true' })).toMatchObject({
    publicOrigin: 'https://assistant.joinvillelepont.fr',
    trustedProxies: 1,
  });
  expect(readServerSettings({ TRUST_PROXY: '2' })).toMatchObject({ trustedProxies: 2 });
  expect(readServerSettings({})).toMatchObject({ trustedProxies: 0, allowEmulator: false, conversationStateDays: 30 });
  expect(() => readServerSettings({ PUBLIC_ORIGIN: 'assistant' })).toThrow(/PUBLIC_ORIGIN « assistant »/);
  expect(() => readServerSettings({ TRUST_PROXY: 'oui' })).toThrow(/TRUST_PROXY « oui » : nombre de proxys de confiance attendu/);
  expect(() => readServerSettings({ CONVERSATION_STATE_DAYS: '0' })).toThrow(/CONVERSATION_STATE_DAYS « 0 »/);
});
