/**
 * Builds the town's rules from its configuration files: the one place that reads
 * the calendar file and picks the public-holiday source.
 */
import type { TownConfig } from '../config/townConfig';
import { calendarPathOf, loadTownConfig } from '../config/townConfig';
import { LibraryPublicHolidays } from './publicHolidays';
import { SchoolCalendar, loadSchoolCalendarFile } from './schoolCalendar';
import { TownRules } from './townRules';

/** Loads the town file (TOWN_CONFIG or the default) and its calendar. */
export function createTownRules(config: TownConfig = loadTownConfig(), calendarPath = calendarPathOf(config)): TownRules {
  const calendarFile = loadSchoolCalendarFile(calendarPath);
  if (calendarFile.zone !== config.schoolZone) {
    throw new Error(
      `Le calendrier ${calendarPath} est celui de la zone ${calendarFile.zone}, la ville est en zone ${config.schoolZone}.`,
    );
  }
  const calendar = new SchoolCalendar(
    calendarFile.periods,
    new LibraryPublicHolidays(config.publicHolidaysCountry),
    calendarFile.zone,
  );
  return new TownRules(config, calendar);
}
