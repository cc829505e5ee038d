import { ActivityTypes, TestAdapter } from 'botbuilder';
import { TranscriptRecorder } from '../../src/bot/transcriptRecorder';

test('keeps the last messages of both sides, without one-time codes', async () => {
  const recorder = new TranscriptRecorder(() => new Date('2026-03-06T09:00:00Z'));
  const adapter = new TestAdapter(async (context) => {
    await context.sendActivity(`Reçu : ${context.activity.text}`);
  }).use(recorder);
  await adapter.send('bonjour').assertReply('Reçu : bonjour');
  await adapter.send('123 456').assertReply('Reçu : 123 456');
  const lines = recorder.recent({ channelId: 'test', conversation: { id: 'Convo1', isGroup: false, conversationType: '', name: '' }, type: ActivityTypes.Message });
  expect(lines.map((line) => `${line.author}: ${line.text}`)).toEqual([
    'parent: bonjour',
    'bot: Reçu : bonjour',
    'parent: (code de vérification masqué)',
    'bot: Reçu : 123 456',
  ]);
});
