/**
 * Which network addresses a download may connect to. Public unicast addresses only,
 * unless local development allows loopback and private ranges (the Emulator serves
 * attachments from localhost). Link-local (cloud metadata at 169.254.169.254),
 * multicast, reserved and documentation ranges are refused in every mode.
 */
import { BlockList, isIP } from 'node:net';

/** What an address is, as far as downloading is concerned. */
export type AddressClass = 'public' | 'loopback' | 'private' | 'forbidden';

function blockList(ranges: Array<[string, number]>): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return list;
}

const LOOPBACK = blockList([
  ['127.0.0.0', 8],
  ['::1', 128],
]);

const PRIVATE = blockList([
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['fc00::', 7], // unique local
]);

const FORBIDDEN = blockList([
  ['0.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
  ['::', 96], // unspecified and IPv4-compatible (deprecated) forms; ::1 is matched as loopback first
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64: an IPv4 address in disguise
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: an IPv4 address in disguise
]);

/**
 * Classifies an IP literal. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as its IPv4
 * address; anything that is not an IP literal is 'forbidden'.
 */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 0) return 'forbidden';
  const type = family === 6 ? 'ipv6' : 'ipv4';
  // BlockList matches IPv4 rules against IPv4-mapped IPv6 (::ffff:127.0.0.1) as well.
  if (LOOPBACK.check(address, type)) return 'loopback';
  if (FORBIDDEN.check(address, type)) return 'forbidden';
  if (PRIVATE.check(address, type)) return 'private';
  return 'public';
}

/** True when a connection to `address` is allowed; `localDevelopment` adds loopback and private ranges. */
export function isAddressAllowed(address: string, localDevelopment: boolean): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (localDevelopment && (kind === 'loopback' || kind === 'private'));
}
