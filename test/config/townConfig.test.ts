import { readFileSync } from 'node:fs';
import { DEFAULT_TOWN_CONFIG_PATH, TownConfigError, loadTownConfig, parseTownConfig } from '../../src/config/townConfig';

const valid = JSON.parse(readFileSync(DEFAULT_TOWN_CONFIG_PATH, 'utf8'));

describe('town configuration', () => {
  it('loads the Joinville-le-Pont file', () => {
    const config = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH);
    expect(config.timeZone).toBe('Europe/Paris');
    expect(config.schoolZone).toBe('C');
    expect(config.contacts.mailbox).toBe('portailfamille@joinvillelepont.fr');
    expect(config.absenceJustificationDays).toBe(7);
    expect(config.deadlineRules[0].effectiveFrom).toBe('2025-03-03');
  });

  it.each([
    [{ ...valid, timeZone: 'Europe/Joinville' }, 'timeZone'],
    [{ ...valid, contacts: { ...valid.contacts, mailbox: 'pas un mail' } }, 'contacts.mailbox'],
    [{ ...valid, deadlineRules: [{ ...valid.deadlineRules[0], effectiveFrom: '2025-02-30' }] }, 'deadlineRules.0.effectiveFrom'],
    [{ ...valid, absenceJustificationDays: -1 }, 'absenceJustificationDays'],
    [{ ...valid, activities: [{ ...valid.activities[0], hours: { from: '25:00', to: '19:00' } }] }, 'activities.0.hours.from'],
  ])('refuses an invalid file and names the field (%#)', (raw, field) => {
    expect(() => parseTownConfig(raw, 'test.json')).toThrow(TownConfigError);
    expect(() => parseTownConfig(raw, 'test.json')).toThrow(field);
  });

  it('says which file is missing', () => {
    expect(() => loadTownConfig('/nonexistent/town.json')).toThrow(/introuvable.*\/nonexistent\/town.json/);
  });
});
