/**
 * The network as the downloader tests see it: names resolve from a table (never the
 * real DNS), and the HTTP getter refuses — and records — any connection to an address
 * other than 127.0.0.1, so that a test fails if a forbidden address is ever tried.
 */
import type { HostResolver, ResolvedAddress } from '../../../src/documents/hostResolver';
import { pinnedHttpGetter, type HttpGetter, type PinnedRequest } from '../../../src/documents/httpGetter';

export class GuardedNetwork {
  readonly lookups: string[] = [];
  readonly connections: PinnedRequest[] = [];
  readonly violations: string[] = [];

  /** Each name answers in turn with the next entry (to play DNS rebinding), the last one repeating. */
  constructor(private readonly names: Record<string, Array<ResolvedAddress[]>> = {}) {}

  resolveHost: HostResolver = async (hostname) => {
    this.lookups.push(hostname);
    const answers = this.names[hostname];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const count = this.lookups.filter((name) => name === hostname).length;
    return answers[Math.min(count, answers.length) - 1];
  };

  httpGet: HttpGetter = async (request) => {
    this.connections.push(request);
    if (request.address !== '127.0.0.1') {
      this.violations.push(`${request.address} (${request.url.href})`);
      throw new Error(`TEST GUARD: connection to ${request.address} attempted`);
    }
    return pinnedHttpGetter(request);
  };
}

export const v4 = (address: string): ResolvedAddress[] => [{ address, family: 4 }];
