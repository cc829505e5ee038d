/**
 * Message-IDs fixed before the first send, so that every retry of one logical mail
 * carries the same identifier (RFC 5322 §3.6.4) and the receiving side can tell a
 * resend from a new mail.
 */
import { randomUUID } from 'node:crypto';

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** A new globally unique Message-ID, angle brackets included: `<uuid@domain>`. */
export function createMessageId(domain: string): string {
  if (!DOMAIN.test(domain)) {
    throw new Error(`Domaine de Message-ID invalide : « ${domain} »`);
  }
  return `<${randomUUID()}@${domain.toLowerCase()}>`;
}

/** True for `<left@right>` without spaces or nested brackets. */
export function isMessageId(value: string): boolean {
  return /^<[^<>\s@]+@[^<>\s@]+>$/.test(value);
}

/**
 * The domain part of an address, accepting "Name <user@domain>" as well as
 * "user@domain"; undefined when there is none.
 */
export function domainOfAddress(address: string): string | undefined {
  const bracketed = /<([^<>]+)>\s*$/.exec(address);
  const bare = (bracketed ? bracketed[1] : address).trim();
  const at = bare.lastIndexOf('@');
  if (at < 1 || at === bare.length - 1) return undefined;
  const domain = bare.slice(at + 1);
  return DOMAIN.test(domain) ? domain.toLowerCase() : undefined;
}
