import { loadTownConfig } from '../../src/config/townConfig';
import { LibraryPublicHolidays } from '../../src/domain/publicHolidays';
import { isWithinServiceHours } from '../../src/domain/serviceHours';
import { handoffTriggerIn } from '../../src/handoff/handoffTriggers';

const config = loadTownConfig();

describe('messages that go to a person', () => {
  it.each([
    ["Ma fille s'est fait frapper… elle a été frappée par un animateur", 'sensitive'],
    ['Hugo a une ALLERGIE aux arachides, il faut le savoir', 'sensitive'],
    ['il est rentré avec une blessure au bras', 'sensitive'],
    ["C'est INADMISSIBLE, personne ne répond", 'upset'],
    ["j'en ai ras-le-bol de ce site", 'upset'],
  ])('%s → %s', (text, reason) => {
    expect(handoffTriggerIn(text, config.handoff)?.reason).toBe(reason);
  });

  it.each(['réserver Léa mardi', 'je voudrais annuler vendredi', "j'ai perdu mon mot de passe", 'Inès est passée en CP'])(
    'leaves ordinary requests to the bot: %s',
    (text) => {
      expect(handoffTriggerIn(text, config.handoff)).toBeUndefined();
    },
  );
});

describe('service hours', () => {
  const holidays = new LibraryPublicHolidays('FR');
  it.each([
    ['2026-11-26T09:30:00+01:00', true], // Thursday morning
    ['2026-11-26T08:00:00+01:00', false], // before 8h30
    ['2026-11-26T17:30:00+01:00', false], // closes at 17h30
    ['2026-11-28T10:00:00+01:00', false], // Saturday
    ['2026-11-11T10:00:00+01:00', false], // Armistice
    ['2026-07-09T16:00:00+02:00', true], // summer time
  ])('%s → %s', (instant, open) => {
    expect(isWithinServiceHours(new Date(instant), config, holidays)).toBe(open);
  });
});
