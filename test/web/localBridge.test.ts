/** The local bridge's pending messages and conversation binding, without a server. */
import { LocalBridge, PendingActivities } from '../../src/web/localBridge';

describe('pending messages', () => {
  const limits = { perConversation: 3, bytesPerConversation: 1_000, totalBytes: 2_500 };
  const message = (size: number) => ({ type: 'message', text: 'x'.repeat(size) });

  it('keeps at most the bytes allowed per conversation, the newest', () => {
    const pending = new PendingActivities(limits);
    pending.push('a', message(400));
    pending.push('a', message(400));
    pending.push('a', message(400));
    const kept = pending.take('a') as { text: string }[];
    expect(kept).toHaveLength(2);
    expect(pending.totalBytes).toBe(0);
  });

  it('drops a message bigger than a conversation may hold', () => {
    const pending = new PendingActivities(limits);
    pending.push('a', message(5_000));
    expect(pending.take('a')).toEqual([]);
  });

  it('keeps at most the bytes allowed in all: the conversation unread for longest goes first', () => {
    const pending = new PendingActivities(limits);
    for (const conversation of ['a', 'b', 'c', 'd']) pending.push(conversation, message(800));
    expect(pending.totalBytes).toBeLessThanOrEqual(2_500);
    expect(pending.take('a')).toEqual([]);
    expect(pending.take('d')).toHaveLength(1);
  });

  it('keeps at most so many messages per conversation', () => {
    const pending = new PendingActivities(limits);
    for (let i = 0; i < 5; i++) pending.push('a', { i });
    expect(pending.take('a')).toEqual([{ i: 2 }, { i: 3 }, { i: 4 }]);
  });
});

describe('conversation binding', () => {
  it("gives each page conversations only its cookie's token opens", () => {
    const bridge = new LocalBridge();
    const token = bridge.newToken();
    const conversation = bridge.newConversation(token);
    expect(bridge.isPageConversation(conversation)).toBe(true);
    expect(bridge.belongsTo(conversation, token)).toBe(true);
    expect(bridge.belongsTo(conversation, bridge.newToken())).toBe(false);
    expect(bridge.belongsTo(conversation, undefined)).toBe(false);
    expect(new LocalBridge().belongsTo(conversation, token)).toBe(false);
  });

  it("maps the page's bridge address, whatever host and port it named, to the assistant's own endpoint", () => {
    const bridge = new LocalBridge();
    bridge.setPortSource(() => 3978);
    const own = `http://127.0.0.1:3978/webchat/local/${bridge.connectorKey}`;
    expect(bridge.connectorUrlFor('http://localhost:6379/webchat/local')).toBe(own);
    expect(bridge.connectorUrlFor('http://127.0.0.1:3978/webchat/local/')).toBe(own);
    expect(bridge.connectorUrlFor('https://smba.trafficmanager.net/emea/')).toBe('https://smba.trafficmanager.net/emea/');
  });
});
