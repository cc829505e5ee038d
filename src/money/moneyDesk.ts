/**
 * What the chat and the console need of the money feature: the family's figures
 * (FamilyMoney) and its payment attestation as a PDF.
 */
import type { TariffsConfig } from '../config/tariffsConfig';
import type { IsoDay } from '../domain/day';
import type { AttestationFigures } from './familyMoney';
import type { MoneyFamily, PaymentRecord } from './ports';
import type { Statement } from './statement';

export interface MoneyDesk {
  readonly tariffs: TariffsConfig;
  familyOfGuardian(guardianId: number): Promise<MoneyFamily | undefined>;
  family(familyId: number): Promise<MoneyFamily | undefined>;
  statement(family: MoneyFamily, month: string): Promise<Statement>;
  payments(family: MoneyFamily, from: IsoDay, to: IsoDay): Promise<PaymentRecord[]>;
  attestation(family: MoneyFamily, year: number): Promise<AttestationFigures>;
  /** The attestation as PDF bytes; undefined when the year has no payment. */
  attestationPdf(family: MoneyFamily, year: number, now: Date): Promise<Uint8Array | undefined>;
}
