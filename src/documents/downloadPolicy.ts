/**
 * Where parents' attachments may be downloaded from, how long and how big, read from
 * the environment with operator messages on bad values.
 */
import { z } from 'zod';
import { DocumentsConfigError } from './documentsConfigError';

/** The rules every download obeys. */
export interface DownloadPolicy {
  /** Host names, exact ("directline.botframework.com") or by suffix ("*.sharepoint.com"), lower case. */
  allowedHosts: string[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Local development only: allows http:, file: and loopback/private addresses (Emulator, terminal chat). */
  localDevelopment: boolean;
}

/**
 * Bot Framework channel services (Direct Line / Web Chat uploads) and SharePoint/OneDrive,
 * where Teams 1:1 files live (their downloadUrl).
 */
export const DEFAULT_ALLOWED_HOSTS = ['*.botframework.com', '*.sharepoint.com'];
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1'];
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  ATTACHMENTS_ALLOWED_HOSTS: z.string().trim().optional(),
  ATTACHMENTS_MAX_MB: z.string().trim().optional(),
  ATTACHMENTS_TIMEOUT_SECONDS: z.string().trim().optional(),
  ATTACHMENTS_LOCAL_DEVELOPMENT: z.string().trim().optional(),
});

const HOST_PATTERN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^[0-9a-f:.]+$/;

/** Reads ATTACHMENTS_*; throws DocumentsConfigError on a bad value or local development in production. */
export function readDownloadPolicy(env: NodeJS.ProcessEnv = process.env): DownloadPolicy {
  const vars = envSchema.parse(env);
  const localDevelopment = parseFlag('ATTACHMENTS_LOCAL_DEVELOPMENT', vars.ATTACHMENTS_LOCAL_DEVELOPMENT);
  if (localDevelopment && vars.NODE_ENV === 'production') {
    throw new DocumentsConfigError('ATTACHMENTS_LOCAL_DEVELOPMENT=true est interdit en production (NODE_ENV=production) : il autorise les adresses locales et file:.');
  }
  const hosts = vars.ATTACHMENTS_ALLOWED_HOSTS
    ? vars.ATTACHMENTS_ALLOWED_HOSTS.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean)
    : [...DEFAULT_ALLOWED_HOSTS, ...(localDevelopment ? LOCAL_HOSTS : [])];
  for (const host of hosts) {
    if (!HOST_PATTERN.test(host) || host === '*') {
      throw new DocumentsConfigError(`ATTACHMENTS_ALLOWED_HOSTS : « ${host} » n'est pas un nom d'hôte (forme : exemple.fr ou *.exemple.fr, séparés par des virgules).`);
    }
  }
  const maxMb = parseNumber('ATTACHMENTS_MAX_MB', vars.ATTACHMENTS_MAX_MB, 10, 0.1, 100);
  const timeoutSeconds = parseNumber('ATTACHMENTS_TIMEOUT_SECONDS', vars.ATTACHMENTS_TIMEOUT_SECONDS, 20, 1, 300);
  return { allowedHosts: hosts, maxBytes: Math.round(maxMb * 1024 * 1024), timeoutMs: timeoutSeconds * 1000, maxRedirects: 3, localDevelopment };
}

/** True when `hostname` (as in URL.hostname) is allowed by the list. */
export function isHostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  return allowedHosts.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern));
}

/** The limit in megabytes, as the parents' messages state it. */
export function maxMegabytes(policy: DownloadPolicy): number {
  return Math.round((policy.maxBytes / (1024 * 1024)) * 10) / 10;
}

function parseFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new DocumentsConfigError(`${name} « ${value} » : true ou false attendu.`);
}

function parseNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number) || number < min || number > max) {
    throw new DocumentsConfigError(`${name} « ${value} » : nombre entre ${min} et ${max} attendu.`);
  }
  return number;
}
