/** The sentence that tells a family its new quotient familial and the prices that follow from it. */
import type { ActivityConfig } from '../config/townConfig';
import type { TariffsConfig } from '../config/tariffsConfig';
import { moneyMessagesFr as m } from './messages.fr';
import { formatEuros } from './money';
import { bracketOf } from './tariffs';

const fillIn = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** `requestNumber`: the parent's quotient familial request this answers, named first. */
export function quotientNoticeText(tariffs: TariffsConfig, activities: readonly ActivityConfig[], quotient: number, requestNumber?: string): string {
  const bracket = bracketOf(quotient, tariffs.brackets);
  const prices = activities
    .filter((activity) => tariffs.activities[activity.code])
    .map((activity) => {
      const tariff = tariffs.activities[activity.code]!;
      return fillIn(m.quotientPrice, { activity: activity.label, price: formatEuros(tariff.prices[bracket.code]), unit: tariff.unit === 'soir' ? m.unitSoir : m.unitJournee });
    })
    .join(', ');
  const set = fillIn(m.quotientSet, { quotient, bracket: bracket.code, prices });
  const text = requestNumber ? `${fillIn(m.requestDone, { number: requestNumber })} ${set}` : set;
  return tariffs.status === 'à confirmer' ? `${text} ${m.placeholder}` : text;
}
