/**
 * Mail settings read from the environment, checked at start-up with messages an
 * operator can act on (the password of SMTP_URL is never echoed).
 */
import { z } from 'zod';
import { domainOfAddress } from './messageId';

/** How STARTTLS is used on an `smtp://` URL (an `smtps://` URL is TLS from the first byte). */
export type StartTlsMode = 'required' | 'opportunistic' | 'disabled';

/** Where mails go: an SMTP relay, or (local use only) the log. */
export type MailSettings =
  | {
      kind: 'smtp';
      host: string;
      port: number;
      /** Implicit TLS (smtps://, usually port 465). */
      secure: boolean;
      auth?: { user: string; pass: string };
      startTls: StartTlsMode;
      from: string;
      messageIdDomain: string;
    }
  | { kind: 'log'; from: string; messageIdDomain: string };

/** A configuration mistake the operator must fix before the assistant can start. */
export class MailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailConfigError';
  }
}

const DEFAULT_LOG_FROM = 'Assistant périscolaire <assistant@localhost>';
const SMTP_URL_EXAMPLE = 'smtp://utilisateur:motdepasse@smtp.exemple.fr:587';
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  SMTP_URL: z.string().trim().optional(),
  MAIL_FROM: z.string().trim().optional(),
  SMTP_STARTTLS: z.string().trim().optional(),
});

/** Reads SMTP_URL, MAIL_FROM and SMTP_STARTTLS; throws MailConfigError on a bad value. */
export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const vars = envSchema.parse(env);
  const production = vars.NODE_ENV === 'production';
  if (!vars.SMTP_URL) {
    if (production) {
      throw new MailConfigError(
        `SMTP_URL est obligatoire en production (NODE_ENV=production) : sans lui, aucun mail ne partirait. Exemple : ${SMTP_URL_EXAMPLE}`,
      );
    }
    const from = vars.MAIL_FROM ? checkFrom(vars.MAIL_FROM) : DEFAULT_LOG_FROM;
    return { kind: 'log', from, messageIdDomain: domainOfAddress(from) ?? 'localhost' };
  }
  const url = parseSmtpUrl(vars.SMTP_URL);
  if (!vars.MAIL_FROM) {
    throw new MailConfigError('MAIL_FROM est obligatoire quand SMTP_URL est défini, ex. « Assistant périscolaire <ne-pas-repondre@exemple.fr> ».');
  }
  const from = checkFrom(vars.MAIL_FROM);
  return {
    kind: 'smtp',
    ...url,
    startTls: parseStartTls(vars.SMTP_STARTTLS, production),
    from,
    messageIdDomain: domainOfAddress(from) ?? url.host,
  };
}

function parseSmtpUrl(text: string): Pick<Extract<MailSettings, { kind: 'smtp' }>, 'host' | 'port' | 'secure' | 'auth'> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new MailConfigError(`SMTP_URL n'est pas une URL valide. Forme attendue : ${SMTP_URL_EXAMPLE}`);
  }
  const shown = redact(url);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MailConfigError(`SMTP_URL (${shown}) doit commencer par smtp:// ou smtps://`);
  }
  if (!url.hostname) throw new MailConfigError(`SMTP_URL (${shown}) ne nomme pas de serveur.`);
  if (url.search || url.hash || (url.pathname && url.pathname !== '/')) {
    throw new MailConfigError(`SMTP_URL (${shown}) : pas de chemin ni de paramètres ; utilisez SMTP_STARTTLS pour le chiffrement.`);
  }
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  let auth: { user: string; pass: string } | undefined;
  if (url.username || url.password) {
    try {
      auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
    } catch {
      throw new MailConfigError(`SMTP_URL (${shown}) : identifiant ou mot de passe mal encodé (encodez les caractères spéciaux, ex. @ → %40).`);
    }
    if (!auth.user) throw new MailConfigError(`SMTP_URL (${shown}) : mot de passe sans identifiant.`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return auth ? { host, port, secure, auth } : { host, port, secure };
}

function parseStartTls(value: string | undefined, production: boolean): StartTlsMode {
  if (!value) return production ? 'required' : 'opportunistic';
  if (value === 'required' || value === 'opportunistic' || value === 'disabled') return value;
  throw new MailConfigError(`SMTP_STARTTLS « ${value} » inconnu : required, opportunistic ou disabled.`);
}

function checkFrom(from: string): string {
  const bracketed = /^(.*)<([^<>]+)>$/.exec(from);
  const address = (bracketed ? bracketed[2] : from).trim();
  if (!ADDRESS.test(address) || !domainOfAddress(address)) {
    throw new MailConfigError(`MAIL_FROM « ${from} » n'est pas une adresse valide, ex. « Assistant périscolaire <ne-pas-repondre@exemple.fr> ».`);
  }
  return from;
}

/** The URL as it may appear in a log: the password replaced by ***. */
function redact(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}
