import { createMailSender } from '../../src/mail/createMailSender';
import { LogMailSender, NOT_SENT_MARKER } from '../../src/mail/logMailSender';
import { MailConfigError } from '../../src/mail/mailSettings';
import { SmtpMailSender } from '../../src/mail/smtpMailSender';
import { RecordingLogger } from './support/recordingLogger';

describe('createMailSender', () => {
  it('chooses SMTP when SMTP_URL is set', () => {
    const { sender, settings } = createMailSender(new RecordingLogger(), { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'bot@joinvillelepont.fr' });
    expect(sender).toBeInstanceOf(SmtpMailSender);
    expect(settings.messageIdDomain).toBe('joinvillelepont.fr');
    sender.close?.();
  });

  it('falls back to the log without SMTP_URL, and says so at start-up', () => {
    const logger = new RecordingLogger();
    const { sender } = createMailSender(logger, {});
    expect(sender).toBeInstanceOf(LogMailSender);
    expect(logger.records[0]).toMatchObject({ level: 'warn', message: expect.stringContaining('PAS envoyés') });
  });

  it('refuses bad configuration with a MailConfigError', () => {
    expect(() => createMailSender(new RecordingLogger(), { NODE_ENV: 'production' })).toThrow(MailConfigError);
  });
});

describe('LogMailSender', () => {
  it('writes the mail to the log, clearly marked as not sent', async () => {
    const logger = new RecordingLogger();
    await new LogMailSender(logger, 'bot@localhost').send({
      to: 'portailfamille@joinvillelepont.fr',
      replyTo: 'claire.martin@example.org',
      subject: 'Demande hors délai',
      text: 'Enfant : Léa Martin',
      messageId: '<a@localhost>',
      attachments: [{ filename: 'certificat.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') }],
    });
    expect(logger.records).toEqual([
      {
        level: 'warn',
        message: NOT_SENT_MARKER,
        details: expect.objectContaining({
          mailNotSent: true,
          to: 'portailfamille@joinvillelepont.fr',
          subject: 'Demande hors délai',
          text: 'Enfant : Léa Martin',
          attachments: [{ filename: 'certificat.pdf', contentType: 'application/pdf', bytes: 8 }],
        }),
      },
    ]);
    expect(NOT_SENT_MARKER).toMatch(/NON ENVOYÉ/);
  });
});
