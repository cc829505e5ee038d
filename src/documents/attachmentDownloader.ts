/**
 * Fetches a parent's attachment under the download policy: allowed schemes and hosts,
 * every resolved address checked before one of them (and only it) is connected to,
 * redirects checked the same way, a timeout, a size limit while streaming, and the
 * type decided by the first bytes.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { isAddressAllowed } from './addressPolicy';
import { readBounded } from './boundedRead';
import { readDataUrl } from './dataUrl';
import { refused, type DownloadOutcome } from './downloadOutcome';
import { isHostAllowed, type DownloadPolicy } from './downloadPolicy';
import type { HostResolver, ResolvedAddress } from './hostResolver';
import type { HttpGetter } from './httpGetter';
import { sourceOfAttachment, type IncomingAttachment } from './incomingAttachment';

/** Collaborators, injected so that tests control every network step. */
export interface AttachmentDownloaderDeps {
  policy: DownloadPolicy;
  resolveHost: HostResolver;
  httpGet: HttpGetter;
}

class TimeoutSignal extends Error {}

/** Downloads attachments; every outcome is a value (see DownloadOutcome), never an exception. */
export class AttachmentDownloader {
  constructor(private readonly deps: AttachmentDownloaderDeps) {}

  /** The file of a channel attachment (Web Chat, Teams 1:1, Emulator). */
  async download(attachment: IncomingAttachment): Promise<DownloadOutcome> {
    const source = sourceOfAttachment(attachment);
    if (!source) return refused('no_file', `attachment of type ${attachment.contentType} carries no file`);
    if (source.kind === 'data') return readDataUrl(source.dataUrl, this.deps.policy.maxBytes, source.name);
    return this.downloadUrl(source.url, source.name);
  }

  /** The file behind a URL (https:, or in local development http: and file:). */
  async downloadUrl(url: string, originalName?: string): Promise<DownloadOutcome> {
    if (/^data:/i.test(url)) return readDataUrl(url, this.deps.policy.maxBytes, originalName);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TimeoutSignal());
      }, this.deps.policy.timeoutMs);
    });
    try {
      return await Promise.race([this.fetch(url, originalName, controller.signal), timeout]);
    } catch (error) {
      if (error instanceof TimeoutSignal || controller.signal.aborted) return refused('timeout', `no complete answer within ${this.deps.policy.timeoutMs} ms`);
      return refused('unreachable', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  private async fetch(startUrl: string, originalName: string | undefined, signal: AbortSignal): Promise<DownloadOutcome> {
    const { policy } = this.deps;
    let current = startUrl;
    for (let redirects = 0; ; redirects += 1) {
      const target = await this.checkTarget(current);
      if ('ok' in target) return target;
      if (!target.address) return readLocalFile(target.url, policy.maxBytes, originalName);
      const response = await this.deps.httpGet({ url: target.url, address: target.address.address, family: target.address.family, signal });
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        response.destroy();
        if (redirects >= policy.maxRedirects) return refused('too_many_redirects', `more than ${policy.maxRedirects} redirects`);
        current = new URL(response.headers.location, target.url).href;
        continue;
      }
      if (response.status !== 200) {
        response.destroy();
        return refused('unreachable', `HTTP ${response.status} from ${target.url.host}`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        response.destroy();
        return refused('too_large', `Content-Length ${declared} > ${policy.maxBytes}`);
      }
      const outcome = await readBounded(response.body, policy.maxBytes, originalName ?? nameFromUrl(target.url));
      if (!outcome.ok) response.destroy();
      return outcome;
    }
  }

  /** Scheme, host, then every resolved address — all before any connection. */
  private async checkTarget(text: string): Promise<{ url: URL; address: ResolvedAddress | null } | DownloadOutcome> {
    const { policy } = this.deps;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return refused('invalid_url', 'not a URL');
    }
    const scheme = url.protocol;
    const schemeAllowed = scheme === 'https:' || (policy.localDevelopment && (scheme === 'http:' || scheme === 'file:'));
    if (!schemeAllowed) return refused('scheme_not_allowed', `scheme ${scheme} not allowed${policy.localDevelopment ? '' : ' outside local development'}`);
    if (scheme === 'file:') return { url, address: null };
    if (url.username || url.password) return refused('invalid_url', 'credentials in URL');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!isHostAllowed(hostname, policy.allowedHosts)) return refused('host_not_allowed', `host ${hostname} is not in the allowed list`);
    const literal = isIP(hostname);
    const addresses: ResolvedAddress[] = literal ? [{ address: hostname, family: literal === 6 ? 6 : 4 }] : await this.deps.resolveHost(hostname);
    if (addresses.length === 0) return refused('unreachable', `${hostname} has no address`);
    const forbidden = addresses.find((candidate) => !isAddressAllowed(candidate.address, policy.localDevelopment));
    if (forbidden) return refused('forbidden_address', `${hostname} resolves to ${forbidden.address}`);
    return { url, address: addresses[0] };
  }
}

/** file: URLs, local development only (the terminal chat's "here is the PDF path"). */
async function readLocalFile(url: URL, maxBytes: number, originalName?: string): Promise<DownloadOutcome> {
  const path = fileURLToPath(url);
  const info = await stat(path);
  if (!info.isFile()) return refused('unreachable', `${path} is not a file`);
  if (info.size > maxBytes) return refused('too_large', `${info.size} bytes > ${maxBytes}`);
  const stream = createReadStream(path);
  try {
    return await readBounded(stream, maxBytes, originalName ?? nameFromUrl(url));
  } finally {
    stream.destroy();
  }
}

function nameFromUrl(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
