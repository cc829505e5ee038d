/**
 * The payment attestation of a calendar year as a PDF (pdfkit, standard fonts: no
 * browser, no font file): the town's header, the family, each child with birth date and
 * the amount paid for its care in the year, the statement for the childcare tax credit
 * (children under six) and the CAF, and the service's signature block.
 */
import PDFDocument from 'pdfkit';
import type { TownConfig } from '../config/townConfig';
import { frenchDay } from '../domain/frenchDates';
import type { AttestationFigures } from './familyMoney';
import { formatEurosPlain } from './money';

/** "12/05/2016" */
const numericDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** The standard fonts' encoding has no narrow or no-break space: plain spaces in the PDF. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').replace(/\u2011/g, '-');

/** "Famille Martin (démo)" → "Martin (démo)": the name the attestation writes after "la famille". */
export function familyDisplayName(name: string): string {
  return name.replace(/^famille\s+/i, '');
}

export interface AttestationPdfInput {
  figures: AttestationFigures;
  town: TownConfig;
  /** The day it is made, for "Fait à …, le …". */
  today: string;
}

/** The PDF's bytes (starts with %PDF). */
export function renderAttestationPdf({ figures, town, today }: AttestationPdfInput): Promise<Buffer> {
  const { family, year } = figures;
  const tariffs = town.tariffs;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Attestation de paiement ${year} - ${familyDisplayName(family.name)}`, Author: `${town.town.serviceName}, ${town.town.name}`, CreationDate: new Date(`${today}T12:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (value: string, options?: PDFKit.Mixins.TextOptions) => doc.text(plain(value), options);

  // Header of the town.
  doc.font('Helvetica-Bold').fontSize(14);
  text(`Ville de ${town.town.name}`);
  doc.font('Helvetica').fontSize(10);
  text(town.town.serviceName);
  text(town.contacts.address);
  text(`${town.contacts.phone} - ${town.contacts.mailbox}`);
  doc.moveDown(2);

  doc.font('Helvetica-Bold').fontSize(16);
  text(`Attestation de paiement - année ${year}`, { align: 'center' });
  doc.moveDown(1.5);

  doc.font('Helvetica').fontSize(11);
  const guardians = family.guardians.map((g) => `${g.civility} ${g.firstName} ${g.lastName}`).join(' et ');
  const reference = family.billingReference ? ` (référence ${family.billingReference})` : '';
  text(
    `Le ${town.town.serviceName.toLowerCase()} de la ville de ${town.town.name} atteste que la famille ${familyDisplayName(family.name)}${reference}` +
      (guardians ? `, représentée par ${guardians},` : '') +
      ` a payé, du 1er janvier au 31 décembre ${year}, pour l'accueil périscolaire et de loisirs de ses enfants, les sommes suivantes :`,
    { align: 'justify' },
  );
  doc.moveDown();

  // One line per child: name, birth date, amount paid in the year.
  const left = doc.page.margins.left;
  const columns = [left, left + 190, left + 300];
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const y = doc.y;
    doc.text(plain(cells[0]), columns[0], y, { width: 185 });
    doc.text(plain(cells[1]), columns[1], y, { width: 105 });
    doc.text(plain(cells[2]), columns[2], y, { width: 180, align: 'right' });
    doc.x = left;
    doc.moveDown(0.4);
  };
  row(['Enfant', 'Né(e) le', `Montant payé en ${year}`], true);
  for (const child of figures.children) {
    const mark = child.underAgeLimit ? ' *' : '';
    row([`${child.child.firstName} ${child.child.lastName}${mark}`, numericDate(child.child.birthDate), formatEurosPlain(child.paidCents)]);
  }
  row(['Total', '', formatEurosPlain(figures.totalPaidCents)], true);
  doc.moveDown();

  doc.font('Helvetica').fontSize(9);
  const limit = tariffs?.attestation.taxCreditAgeLimit ?? 6;
  text(
    `* Enfant de moins de ${limit} ans au 1er janvier ${year}. Les sommes payées pour la garde de ces enfants peuvent être déclarées au titre du crédit d'impôt pour frais de garde des enfants de moins de ${limit} ans (case « frais de garde » de la déclaration de revenus, article 200 quater B du code général des impôts).`,
    { align: 'justify' },
  );
  doc.moveDown(0.5);
  text(
    "Cette attestation peut être remise à la CAF et aux services sociaux. Les paiements sans enfant désigné sont répartis entre les enfants en proportion de ce qui a été facturé pour chacun dans l'année.",
    { align: 'justify' },
  );
  doc.moveDown();

  if (figures.payments.length > 0) {
    doc.font('Helvetica-Bold').fontSize(10);
    text(`Paiements reçus en ${year}`);
    doc.font('Helvetica').fontSize(9);
    for (const payment of figures.payments) text(`${numericDate(payment.day)} - ${payment.reference} - ${formatEurosPlain(payment.amountCents)}`);
    doc.moveDown();
  }

  doc.font('Helvetica').fontSize(11);
  text(`Fait à ${town.town.name}, le ${frenchDay(today, { withoutWeekday: true, withYear: true })}.`);
  doc.moveDown(2);
  text(tariffs?.attestation.signatory ?? `Pour le ${town.town.serviceName.toLowerCase()}`, { align: 'right' });
  text(`${town.town.serviceName}, ville de ${town.town.name}`, { align: 'right' });
  doc.moveDown(3);
  text('Signature et cachet du service', { align: 'right' });

  doc.end();
  return done;
}
