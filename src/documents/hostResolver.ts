/**
 * Name resolution for downloads, as a port: the downloader resolves once, checks every
 * address, then connects to a checked address only (no second lookup, so no DNS rebinding).
 */
import { lookup } from 'node:dns/promises';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address of a host name; rejects when the name does not resolve. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo), all addresses, in the system's order. */
export const systemHostResolver: HostResolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};
