/** One rendering per channel, and French typography on everything that goes out. */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { renderForChannel } from '../../src/bot/outgoingRendering';
import { NBSP, NNBSP } from '../../src/domain/frenchTypography';

function result(): Partial<Activity> {
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: 'Réservé pour Léa : mercredi 11 mars' },
      { type: 'FactSet', facts: [{ title: 'Hors délai', value: 'mardi 10 mars' }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Détail ?', data: { text: 'détail ?' } }] },
    ],
  });
  return MessageFactory.attachment(card, 'Réservé pour Léa : mercredi 11 mars.\nHors délai : mardi 10 mars.');
}

test.each(['webchat', 'directline', 'msteams', 'emulator'])('%s: the card alone, typeset', (channel) => {
  const activity = result();
  renderForChannel(activity, channel);
  expect(activity.text).toBeUndefined();
  const card = activity.attachments![0].content as { body: Array<Record<string, unknown>> };
  expect(card.body[0].text).toBe(`Réservé pour Léa${NBSP}: mercredi 11${NBSP}mars`);
  expect(card.body[1].facts).toEqual([{ title: 'Hors délai', value: `mardi 10${NBSP}mars` }]);
  const [action] = card.body[2].actions as Array<Record<string, unknown>>;
  expect(action).toEqual({ type: 'Action.Submit', title: `Détail${NNBSP}?`, data: { text: 'détail ?' } });
});

test('a channel without cards gets the text alone', () => {
  const activity = result();
  renderForChannel(activity, 'terminal');
  expect(activity.attachments).toBeUndefined();
  expect(activity.text).toBe(`Réservé pour Léa${NBSP}: mercredi 11${NBSP}mars.\nHors délai${NBSP}: mardi 10${NBSP}mars.`);
});

test('a card sent without text still reads on a text channel', () => {
  const activity = result();
  activity.text = undefined;
  renderForChannel(activity, 'sms');
  expect(activity.text).toBe(`Réservé pour Léa${NBSP}: mercredi 11${NBSP}mars\nHors délai${NBSP}: mardi 10${NBSP}mars`);
});

test('buttons are typeset, their values are left as the parent would type them', () => {
  const activity = MessageFactory.suggestedActions(["Parler à quelqu'un ?"], "C'est bien cela ?");
  renderForChannel(activity, 'webchat');
  expect(activity.text).toBe(`C'est bien cela${NNBSP}?`);
  expect(activity.suggestedActions!.actions[0]).toMatchObject({ title: `Parler à quelqu'un${NNBSP}?`, value: "Parler à quelqu'un ?" });
});
