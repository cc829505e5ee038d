/** The client's address behind the town's proxies: the hop the trusted proxy appended, never what the client wrote. */
import { clientAddressOf } from '../../src/server/clientAddress';

const request = (forwarded: string | undefined, peer = '10.0.0.2') => ({ headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress: peer } }) as never;

test.each([
  ['no proxy trusted: the connection, whatever the header says', undefined, 0, '6.6.6.6, 1.2.3.4', '10.0.0.2'],
  ['one proxy: the address it appended, not the leftmost the client wrote', undefined, 1, '6.6.6.6, 1.2.3.4', '1.2.3.4'],
  ['one proxy, no header (a request that bypassed it): the connection', undefined, 1, undefined, '10.0.0.2'],
  ['two proxies: the address the first one appended', undefined, 2, '6.6.6.6, 1.2.3.4, 172.16.0.9', '1.2.3.4'],
  ['two proxies, one hop only: the leftmost there is', undefined, 2, '1.2.3.4', '1.2.3.4'],
])('%s', (_name, _unused, proxies, forwarded, expected) => {
  expect(clientAddressOf(request(forwarded), proxies as number)).toBe(expected);
});
