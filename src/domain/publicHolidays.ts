/**
 * Public holidays (jours fériés), from the maintained `date-holidays` library rather
 * than a hand-written list. Only days of type "public" close the accueil: observances
 * such as la fête des mères do not.
 */
import Holidays from 'date-holidays';
import type { IsoDay } from './day';
import { yearOf } from './day';

export interface PublicHolidays {
  /** The holiday's French name when `day` is a public holiday, otherwise undefined. */
  nameOf(day: IsoDay): string | undefined;
}

/** Public holidays of a country (ISO 3166 code, "FR" by default), cached per year. */
export class LibraryPublicHolidays implements PublicHolidays {
  private readonly holidays: Holidays;
  private readonly byYear = new Map<number, Map<IsoDay, string>>();

  constructor(country = 'FR') {
    this.holidays = new Holidays(country, { languages: ['fr'] });
  }

  nameOf(day: IsoDay): string | undefined {
    const year = yearOf(day);
    let days = this.byYear.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of this.holidays.getHolidays(year, 'fr')) {
        if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
      }
      this.byYear.set(year, days);
    }
    return days.get(day);
  }
}
