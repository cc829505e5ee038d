/**
 * Chooses the MailSender from the environment: SMTP when SMTP_URL is set, otherwise
 * (local use only) the log.
 */
import { LogMailSender } from './logMailSender';
import type { MailLogger } from './mailLogger';
import type { MailSender } from './mailSender';
import { readMailSettings, type MailSettings } from './mailSettings';
import { SmtpMailSender, type SmtpTimeouts } from './smtpMailSender';

/** The sender and the settings it was built from (the outbox needs `messageIdDomain`). */
export interface MailSetup {
  sender: MailSender & { close?: () => void };
  settings: MailSettings;
}

/**
 * Builds the sender; throws MailConfigError (operator message) on a bad SMTP_URL,
 * MAIL_FROM or SMTP_STARTTLS, or when SMTP_URL is missing in production.
 */
export function createMailSender(
  logger: MailLogger,
  env: NodeJS.ProcessEnv = process.env,
  timeouts: Partial<SmtpTimeouts> = {},
): MailSetup {
  const settings = readMailSettings(env);
  if (settings.kind === 'smtp') {
    logger.info(
      { host: settings.host, port: settings.port, secure: settings.secure, startTls: settings.startTls, from: settings.from },
      'Envoi des mails par SMTP',
    );
    return { sender: new SmtpMailSender(settings, timeouts), settings };
  }
  logger.warn({ from: settings.from }, 'SMTP_URL non défini : les mails seront écrits dans le journal, PAS envoyés (usage local uniquement)');
  return { sender: new LogMailSender(logger, settings.from), settings };
}
