/**
 * Server settings from the environment, validated at start-up (zod at the edge).
 * Bot Framework credentials use the standard names read by ConfigurationBotFrameworkAuthentication.
 */
import { z } from 'zod';

const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: z.string().optional(),
});

export interface ServerSettings {
  port: number;
  host: string;
  /** True when no MicrosoftAppId is set: requests are not authenticated (local use only). */
  open: boolean;
  auth: {
    MicrosoftAppId?: string;
    MicrosoftAppPassword?: string;
    MicrosoftAppType?: string;
    MicrosoftAppTenantId?: string;
  };
}

export function readServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const raw = settingsSchema.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  const open = !raw.MicrosoftAppId;
  return {
    port: raw.PORT,
    // Without credentials anyone could talk to the bot: only this machine may.
    host: open ? '127.0.0.1' : (raw.HOST ?? '0.0.0.0'),
    open,
    auth: {
      MicrosoftAppId: raw.MicrosoftAppId,
      MicrosoftAppPassword: raw.MicrosoftAppPassword,
      MicrosoftAppType: raw.MicrosoftAppType ?? (raw.MicrosoftAppId ? 'MultiTenant' : undefined),
      MicrosoftAppTenantId: raw.MicrosoftAppTenantId,
    },
  };
}
