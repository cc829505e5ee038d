import { classifySendError, DEFAULT_RETRY_POLICY, PermanentSendError, retryDelayMs } from '../../src/mail/retryPolicy';
import { OutboxPayloadError } from '../../src/mail/outboxMessage';

const noJitter = { ...DEFAULT_RETRY_POLICY, jitterRatio: 0 };

describe('retryDelayMs', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000], // 3 840 000 capped at one hour
    [50, 3_600_000],
    [10_000, 3_600_000],
  ])('after %i failure(s) waits %i ms', (attempts, expected) => {
    expect(retryDelayMs(attempts, noJitter)).toBe(expected);
  });

  it('takes at most jitterRatio off, and never exceeds the cap', () => {
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, () => 0.999999)).toBe(24_000);
    expect(retryDelayMs(99, DEFAULT_RETRY_POLICY, () => 0)).toBe(3_600_000);
  });
});

describe('classifySendError', () => {
  it.each([
    ['connection refused', Object.assign(new Error('ECONNREFUSED'), { code: 'ESOCKET' }), 'transient'],
    ['timeout', Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }), 'transient'],
    ['greylisting 451', Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }), 'transient'],
    ['bad credentials 535', Object.assign(new Error('535 auth failed'), { code: 'EAUTH', responseCode: 535 }), 'transient'],
    ['unknown mailbox 550', Object.assign(new Error('550 no such user'), { code: 'EENVELOPE', responseCode: 550 }), 'permanent'],
    ['content refused 554', Object.assign(new Error('554 rejected'), { code: 'EMESSAGE', responseCode: 554 }), 'permanent'],
    ['unreadable row', new OutboxPayloadError('payload is not JSON'), 'permanent'],
    ['purged document', new PermanentSendError('document gone'), 'permanent'],
    ['not an error', 'boom', 'transient'],
  ])('%s is %s', (_label, error, expected) => {
    expect(classifySendError(error)).toBe(expected);
  });
});
