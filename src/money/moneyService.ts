/** The money desk of the chat and the console: the family's figures and its attestation PDF. */
import type { TownConfig } from '../config/townConfig';
import type { TariffsConfig } from '../config/tariffsConfig';
import { todayIn } from '../domain/day';
import { renderAttestationPdf } from './attestationPdf';
import { FamilyMoney } from './familyMoney';
import type { MoneyDesk } from './moneyDesk';
import type { AttendanceSource, MoneyFamily, MoneyStore } from './ports';

export class MoneyService extends FamilyMoney implements MoneyDesk {
  constructor(
    store: MoneyStore,
    private readonly town: TownConfig & { tariffs: TariffsConfig },
    attendance?: AttendanceSource,
  ) {
    super(store, town.tariffs, attendance);
  }

  async attestationPdf(family: MoneyFamily, year: number, now: Date): Promise<Uint8Array | undefined> {
    const figures = await this.attestation(family, year);
    if (figures.payments.length === 0) return undefined;
    return renderAttestationPdf({ figures, town: this.town, today: todayIn(now, this.town.timeZone) });
  }
}

/** The money desk when the town configuration has tariffs; undefined otherwise. */
export function createMoneyService(store: MoneyStore, town: TownConfig, attendance?: AttendanceSource): MoneyService | undefined {
  const tariffs = town.tariffs;
  return tariffs ? new MoneyService(store, { ...town, tariffs }, attendance) : undefined;
}
