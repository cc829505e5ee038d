/** Whether the service's staff are at work at a given instant (configuration: serviceHours). */
import type { TownConfig } from '../config/townConfig';
import { isoWeekday, todayIn, wallClockTime } from './day';
import type { PublicHolidays } from './publicHolidays';

export function isWithinServiceHours(now: Date, config: TownConfig, publicHolidays: PublicHolidays): boolean {
  const day = todayIn(now, config.timeZone);
  if (!config.serviceHours.weekdays.includes(isoWeekday(day))) return false;
  if (publicHolidays.nameOf(day)) return false;
  const time = wallClockTime(now, config.timeZone);
  return time >= config.serviceHours.from && time < config.serviceHours.to;
}
