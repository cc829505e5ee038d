import { MailConfigError, readMailSettings } from '../../src/mail/mailSettings';

const FROM = 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>';

describe('readMailSettings', () => {
  it.each([
    [
      'SMTP with credentials and default port',
      { SMTP_URL: 'smtp://bot%40ville:s3cr%2Ft@smtp.joinvillelepont.fr', MAIL_FROM: FROM },
      { kind: 'smtp', host: 'smtp.joinvillelepont.fr', port: 587, secure: false, auth: { user: 'bot@ville', pass: 's3cr/t' }, startTls: 'opportunistic', from: FROM, messageIdDomain: 'joinvillelepont.fr' },
    ],
    [
      'smtps: implicit TLS on 465',
      { SMTP_URL: 'smtps://relay.example.fr', MAIL_FROM: 'bot@joinvillelepont.fr' },
      { kind: 'smtp', host: 'relay.example.fr', port: 465, secure: true, startTls: 'opportunistic' },
    ],
    [
      'production requires STARTTLS by default',
      { NODE_ENV: 'production', SMTP_URL: 'smtp://relay.example.fr:25', MAIL_FROM: FROM },
      { kind: 'smtp', port: 25, startTls: 'required' },
    ],
    ['explicit STARTTLS off (local peer)', { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: FROM, SMTP_STARTTLS: 'disabled' }, { startTls: 'disabled', host: '127.0.0.1' }],
    ['no SMTP in development: the log', {}, { kind: 'log', messageIdDomain: 'localhost' }],
    ['no SMTP, own sender', { SMTP_URL: '', MAIL_FROM: FROM }, { kind: 'log', from: FROM, messageIdDomain: 'joinvillelepont.fr' }],
  ])('%s', (_label, env, expected) => {
    expect(readMailSettings(env)).toMatchObject(expected);
  });

  it.each([
    ['no SMTP in production', { NODE_ENV: 'production' }, /SMTP_URL est obligatoire en production/],
    ['not a URL', { SMTP_URL: 'relais smtp de la mairie', MAIL_FROM: FROM }, /SMTP_URL n'est pas une URL valide/],
    ['host:port without scheme', { SMTP_URL: 'smtp.joinvillelepont.fr:587', MAIL_FROM: FROM }, /doit commencer par smtp:\/\//],
    ['wrong scheme', { SMTP_URL: 'https://user:topsecret@mail.example.fr', MAIL_FROM: FROM }, /doit commencer par smtp:\/\/ ou smtps:\/\//],
    ['query parameters', { SMTP_URL: 'smtp://mail.example.fr?ignoreTLS=true', MAIL_FROM: FROM }, /utilisez SMTP_STARTTLS/],
    ['no MAIL_FROM', { SMTP_URL: 'smtp://mail.example.fr' }, /MAIL_FROM est obligatoire/],
    ['bad MAIL_FROM', { SMTP_URL: 'smtp://mail.example.fr', MAIL_FROM: 'périscolaire' }, /MAIL_FROM « périscolaire » n'est pas une adresse valide/],
    ['bad SMTP_STARTTLS', { SMTP_URL: 'smtp://mail.example.fr', MAIL_FROM: FROM, SMTP_STARTTLS: 'yes' }, /SMTP_STARTTLS « yes » inconnu/],
  ])('refuses %s with an operator message', (_label, env, message) => {
    expect(() => readMailSettings(env)).toThrow(MailConfigError);
    expect(() => readMailSettings(env)).toThrow(message);
  });

  it('never echoes the SMTP password', () => {
    expect(() => readMailSettings({ SMTP_URL: 'https://user:topsecret@mail.example.fr', MAIL_FROM: FROM })).toThrow(/user:\*\*\*@mail/);
    try {
      readMailSettings({ SMTP_URL: 'https://user:topsecret@mail.example.fr', MAIL_FROM: FROM });
    } catch (error) {
      expect((error as Error).message).not.toContain('topsecret');
    }
  });
});
