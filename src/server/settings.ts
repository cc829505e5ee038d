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
  TRUST_PROXY: z.enum(['true', 'false'], { message: 'true ou false attendu' }).optional(),
});

export interface ServerSettings {
  port: number;
  host: string;
  /** True when no MicrosoftAppId is set: requests are not authenticated (local use only). */
  open: boolean;
  /** The public address behind the town's reverse proxy (Origin of the console's forms). */
  publicOrigin?: string;
  /** Trust X-Forwarded-For for the client's address (only behind the town's own proxy). */
  trustProxy: boolean;
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
    trustProxy: raw.TRUST_PROXY === 'true',
    auth: {
      MicrosoftAppId: raw.MicrosoftAppId,
      MicrosoftAppPassword: raw.MicrosoftAppPassword,
      MicrosoftAppType: raw.MicrosoftAppType ?? (raw.MicrosoftAppId ? 'MultiTenant' : undefined),
      MicrosoftAppTenantId: raw.MicrosoftAppTenantId,
    },
  };
}
