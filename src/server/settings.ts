/**
 * Server settings from the environment, validated at start-up (zod at the edge).
 * Bot Framework credentials use the standard names read by ConfigurationBotFrameworkAuthentication.
 */
import { z } from 'zod';

const settingsSchema = z.object({
  PORT: z.coerce.number({ message: 'entier de 0 à 65535 attendu' }).int('entier de 0 à 65535 attendu').min(0, 'entier de 0 à 65535 attendu').max(65535, 'entier de 0 à 65535 attendu').default(3978),
  HOST: z.string().min(1).optional(),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'MultiTenant, SingleTenant ou UserAssignedMSI attendu' }).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  PUBLIC_ORIGIN: z.url({ message: 'adresse publique attendue, par exemple https://assistant.joinvillelepont.fr' }).optional(),
  TRUST_PROXY: z.string().regex(/^(true|false|[0-9])$/, { message: 'nombre de proxys de confiance attendu (0 à 9 ; true vaut 1, false vaut 0)' }).optional(),
  ALLOW_EMULATOR: z.enum(['true', 'false'], { message: 'true ou false attendu' }).optional(),
  CONVERSATION_STATE_DAYS: z.coerce.number({ message: 'nombre entier de jours de 1 à 3650 attendu' }).int('nombre entier de jours de 1 à 3650 attendu').min(1, 'nombre entier de jours de 1 à 3650 attendu').max(3650, 'nombre entier de jours de 1 à 3650 attendu').default(30),
});

export interface ServerSettings {
  port: number;
  host: string;
  /** True when no MicrosoftAppId is set: requests are not authenticated (local use only). */
  open: boolean;
  /** The public address behind the town's reverse proxy (Origin of the console's forms). */
  publicOrigin?: string;
  /**
   * Reverse proxies of the town's own in front of the assistant (TRUST_PROXY): the
   * client's address is read that many hops from the right of X-Forwarded-For.
   */
  trustedProxies: number;
  /** Unauthenticated mode: accept the Bot Framework Emulator's loopback serviceUrl (ALLOW_EMULATOR=true). */
  allowEmulator: boolean;
  /** Idle conversation state is deleted after this many days (CONVERSATION_STATE_DAYS, default 30). */
  conversationStateDays: number;
  auth: {
    MicrosoftAppId?: string;
    MicrosoftAppPassword?: string;
    MicrosoftAppType?: string;
    MicrosoftAppTenantId?: string;
  };
}

/** Thrown when a server variable is wrong; the message names it. */
export class ServerSettingsError extends Error {}

export function readServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const parsed = settingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.')} « ${String(env[String(issue.path[0])] ?? '')} » : ${issue.message}`)
      .join(' ; ');
    throw new ServerSettingsError(`Configuration du serveur invalide : ${details}`);
  }
  const raw = parsed.data;
  const open = !raw.MicrosoftAppId;
  return {
    port: raw.PORT,
    // Without credentials anyone could talk to the bot: only this machine may.
    host: open ? '127.0.0.1' : (raw.HOST ?? '0.0.0.0'),
    open,
    publicOrigin: raw.PUBLIC_ORIGIN ? new URL(raw.PUBLIC_ORIGIN).origin : undefined,
    trustedProxies: raw.TRUST_PROXY === 'true' ? 1 : raw.TRUST_PROXY === 'false' || raw.TRUST_PROXY === undefined ? 0 : Number(raw.TRUST_PROXY),
    allowEmulator: raw.ALLOW_EMULATOR === 'true',
    conversationStateDays: raw.CONVERSATION_STATE_DAYS,
    auth: {
      MicrosoftAppId: raw.MicrosoftAppId,
      MicrosoftAppPassword: raw.MicrosoftAppPassword,
      MicrosoftAppType: raw.MicrosoftAppType ?? (raw.MicrosoftAppId ? 'MultiTenant' : undefined),
      MicrosoftAppTenantId: raw.MicrosoftAppTenantId,
    },
  };
}
