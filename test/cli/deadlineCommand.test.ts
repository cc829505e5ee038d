import { DEADLINE_USAGE, deadlineReport } from '../../src/cli/deadlineCommand';
import { UsageError, exitCodeOf } from '../../src/cli/runCommand';
import { createTownRules } from '../../src/domain/createTownRules';
import { runScript } from '../infrastructure/support/runScript';

const rules = createTownRules();
const MARCH_1 = new Date('2026-03-01T09:00:00Z');

describe('deadline command', () => {
  it.each([
    ['2026-03-13', "vendredi 13 mars 2026 (accueil du soir) : modifications possibles jusqu'au mardi 10 mars 2026 à 23h59", '2026-03-10T23:59:00+01:00'],
    ['2026-03-16', "lundi 16 mars 2026 (accueil du soir) : modifications possibles jusqu'au jeudi 12 mars 2026 à 23h59", '2026-03-12T23:59:00+01:00'],
    ['2026-03-11', "mercredi 11 mars 2026 (accueil du mercredi) : modifications possibles jusqu'au dimanche 8 mars 2026 à 23h59", '2026-03-08T23:59:00+01:00'],
    ['2027-02-22', "lundi 22 février 2027 (accueil de loisirs, vacances d'hiver) : modifications possibles jusqu'au dimanche 7 février 2027 à 23h59", '2027-02-07T23:59:00+01:00'],
    ['2027-07-05', "lundi 5 juillet 2027 (accueil de loisirs, vacances d'été) : modifications possibles jusqu'au dimanche 13 juin 2027 à 23h59", '2027-06-13T23:59:00+02:00'],
  ])('%s: the deadline in French and in ISO (town time)', (day, french, iso) => {
    const [first, second] = deadlineReport([day], rules, MARCH_1).split('\n');
    expect(first).toBe(french);
    expect(second).toBe(`ISO : ${iso}`);
  });

  it('says whether changes are still possible now', () => {
    expect(deadlineReport(['2026-03-13'], rules, new Date('2026-03-10T22:58:00Z'))).toContain('modifications encore possibles');
    expect(deadlineReport(['2026-03-13'], rules, new Date('2026-03-10T23:00:00Z'))).toContain('délai dépassé');
  });

  it('explains days without accueil', () => {
    expect(deadlineReport(['2026-03-14'], rules, MARCH_1)).toBe("samedi 14 mars 2026 : pas d'accueil (week-end).");
    expect(deadlineReport(['2026-05-14'], rules, MARCH_1)).toBe("jeudi 14 mai 2026 : pas d'accueil (jour férié : Ascension).");
  });

  it.each([[[]], [['13/03/2026']], [['2026-02-30']], [['2026-03-13', '2026-03-16']]])(
    'rejects %j with the usage and exit code 2',
    (args) => {
      let thrown: unknown;
      try {
        deadlineReport(args, rules, MARCH_1);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UsageError);
      expect((thrown as Error).message).toContain(DEADLINE_USAGE);
      expect(exitCodeOf(thrown)).toBe(2);
    },
  );

  it('runs as `npm run deadline`: output on stdout, exit code 2 on a bad day', () => {
    const ok = runScript('deadline.ts', ['2026-03-13']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("jusqu'au mardi 10 mars 2026 à 23h59");
    const bad = runScript('deadline.ts', ['demain']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('« demain » n\'est pas un jour valide');
  });
});
