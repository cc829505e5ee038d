/**
 * Malformed requests for the fuzz test, drawn from a seeded generator (the same seed,
 * the same requests): activities with a field of the wrong type, missing or oversized,
 * truncated or binary JSON, compressed bodies, forms and paths the routes refuse. Every
 * case is malformed by construction, so every answer must be a 4xx.
 */
import { gzipSync } from 'node:zlib';

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface FuzzMode {
  /** The assistant's base URL (for the bridge's serviceUrl). */
  base: string;
  /** Largest body /api/messages takes, in bytes. */
  maxActivityBytes: number;
  /** Unauthenticated: a well-formed activity would be answered 200, so only broken ones are sent. */
  open: boolean;
}

export function fuzzRequests(seed: number, count: number, mode: FuzzMode): FuzzRequest[] {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const text = (length: number) => Array.from({ length }, () => String.fromCharCode(32 + int(0x2fff))).join('');
  const wrongValues: unknown[] = [5, -1, 1e308, true, false, null, [], [1, 'a'], {}, { id: {} }, '', ' ', '\u0000', 'x'.repeat(700)];

  const validActivity = (): Record<string, unknown> => ({
    type: 'message',
    id: `m-${int(1e9)}`,
    text: text(1 + int(40)),
    channelId: pick(['webchat', 'msteams', 'directline', 'emulator']),
    serviceUrl: mode.open ? `${mode.base}/webchat/local` : 'https://smba.trafficmanager.net/emea/',
    deliveryMode: 'expectReplies',
    from: { id: `u-${int(1e6)}` },
    recipient: { id: 'bot' },
    conversation: { id: `c-${int(1e6)}` },
    locale: 'fr-FR',
  });

  /** Breaks an activity for sure: a field the edge checks, wrong. */
  const breakActivity = (activity: Record<string, unknown>): Record<string, unknown> => {
    const broken = { ...activity };
    switch (int(11)) {
      case 0:
        delete broken[pick(['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'])];
        break;
      case 1:
        broken.type = pick(wrongValues.filter((v) => typeof v !== 'string' || v === '' || (v as string).length > 64));
        break;
      case 2:
        broken.serviceUrl = pick([5, null, {}, 'not a url', 'ftp://x/y', 'javascript:alert(1)', `http://${'a'.repeat(3000)}.fr/`]);
        break;
      case 3:
        broken.conversation = pick([5, 'c', null, [], { id: 5 }, { id: '' }, { id: {} }, { id: 'c'.repeat(513 + int(50_000)) }]);
        break;
      case 4:
        broken.from = pick([5, 'u', null, { id: null }, { id: 'u'.repeat(513 + int(20_000)) }, { id: 'u', name: 7 }]);
        break;
      case 5:
        broken.channelId = pick([5, '', null, 'w'.repeat(65 + int(2_000)), ['webchat']]);
        break;
      case 6:
        broken.text = pick([5, {}, [], true, 'x'.repeat(100_001)]);
        break;
      case 7:
        broken.attachments = pick(['x', 5, {}, [5], [{}], [{ contentType: 5 }], Array.from({ length: 21 }, () => ({ contentType: 'image/png' }))]);
        break;
      case 8:
        broken.membersAdded = pick(['x', [5], [{ id: 5 }], Array.from({ length: 101 }, (_, i) => ({ id: `m${i}` }))]);
        break;
      case 9:
        broken.recipient = pick([null, 'bot', { id: 5 }, {}]);
        break;
      default:
        if (mode.open) broken.serviceUrl = pick(['http://127.0.0.1:9/unused', 'https://evil.example/webchat/local', 'http://10.0.0.1/webchat/local']);
        else broken.id = 'i'.repeat(513 + int(1_000));
    }
    return broken;
  };

  const json = { 'content-type': 'application/json' };
  const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
  const makers: Array<() => FuzzRequest> = [
    () => ({ kind: 'broken activity', method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(breakActivity(validActivity())) }),
    () => ({ kind: 'broken activity', method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(breakActivity(breakActivity(validActivity()))) }),
    () => ({ kind: 'wrong JSON value', method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify(pick([...wrongValues, 'activity', [validActivity()]])) }),
    () => {
      const whole = JSON.stringify(validActivity());
      return { kind: 'truncated JSON', method: 'POST', path: '/api/messages', headers: json, body: whole.slice(0, 1 + int(whole.length - 2)) };
    },
    () => ({ kind: 'binary body', method: 'POST', path: '/api/messages', headers: json, body: Buffer.from(Array.from({ length: 1 + int(2_000) }, () => int(256))) }),
    () => ({
      kind: 'compressed body',
      method: 'POST',
      path: pick(['/api/messages', '/staff/login', '/webchat/local/conversations', '/api/directline/token']),
      headers: { ...json, 'content-encoding': pick(['gzip', 'deflate', 'br', 'gzip, gzip', 'identity, gzip']) },
      body: pick([Buffer.from('x'), bomb, gzipSync(JSON.stringify(validActivity()))]),
    }),
    () => ({
      kind: 'wrong content type',
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) },
      body: pick(['type=message', JSON.stringify(validActivity()), '--x\r\n\r\n--x--']),
    }),
    () => ({
      kind: 'console form',
      method: 'POST',
      path: '/staff/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: pick(['', 'email=a', `csrf=${text(20)}&email=${encodeURIComponent(text(30))}&password=x`, '%%%', `password=${'p'.repeat(70_000)}`]),
    }),
    () => ({ kind: 'console action', method: 'POST', path: `/staff/conversations/${pick(['abc', '1', '99999999999999999999', '-1', '%00'])}/${pick(['take', 'reply', 'release'])}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'message=x' }),
    () => ({ kind: 'bridge pending', method: 'GET', path: `/webchat/local/pending?conversationId=${encodeURIComponent(pick(['', 'c1', `local-${'0'.repeat(56)}`, text(30)]))}`, headers: {} }),
    () => ({ kind: 'bridge connector', method: 'POST', path: `/webchat/local/${pick(['v3', 'key', 'x'.repeat(40)])}/v3/conversations/c1/activities`, headers: json, body: '{}' }),
    () => ({ kind: 'token', method: 'POST', path: '/api/directline/token', headers: json, body: '{}' }),
    () => ({ kind: 'unknown path', method: pick(['GET', 'POST', 'DELETE', 'PATCH']), path: `/x-${encodeURIComponent(text(1 + int(300)))}`, headers: {} }),
    () => ({ kind: 'wrong method', method: pick(['GET', 'PUT', 'DELETE', 'PATCH']), path: '/api/messages', headers: {} }),
  ];
  // A few bodies past the limit (the local bridge's is 15 MB: they are costly to send).
  const oversized = (): FuzzRequest => ({ kind: 'oversized activity', method: 'POST', path: '/api/messages', headers: json, body: JSON.stringify({ ...validActivity(), text: 'x'.repeat(mode.maxActivityBytes) }) });
  return Array.from({ length: count }, (_, index) => (index % 500 === 250 ? oversized() : pick(makers)()));
}
