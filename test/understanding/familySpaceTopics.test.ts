/** What the family's own space answers (issue 14): each way of asking reaches its topic. */
import { understand } from '../../src/understanding/understand';

const options = { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('topics of the family space', () => {
  test.each([
    ['ma famille', 'dossier'],
    ['les infos de Léa', 'dossier'],
    ["j'ai changé de numéro", 'dossier'],
    ['voici mon nouveau numéro 06 39 98 00 09', 'dossier'],
    ['ma fille est allergique aux arachides', 'dossier'],
    ['mes documents', 'documents'],
    ['gardez ce document', 'documents'],
    ['le planning de Léa en mars', 'planning'],
    ['ajouter à mon agenda', 'calendar_feed'],
    ['nouveau lien agenda', 'calendar_feed'],
    ['prévenez-moi avant les dates limites', 'reminders'],
    ['stop rappels', 'reminders'],
    ['mes données', 'my_data'],
    ['exporter mes données', 'my_data'],
    ["supprimer mon compte de l'assistant", 'my_data'],
    ['confidentialité', 'privacy'],
    ['vie privée', 'privacy'],
  ])('%s → %s', (text, topic) => expect(understand(text, options).topic).toBe(topic));

  test('a booking is still a booking: no family-space topic takes it', () => {
    expect(understand('réserver Léa mardi 10 mars', options)).toMatchObject({ intent: 'reserve', dates: ['2026-03-10'] });
    expect(understand('réserver Léa mardi 10 mars', options).topic).toBeUndefined();
  });
});
