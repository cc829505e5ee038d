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
