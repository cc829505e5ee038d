/**
 * As a parent would do it in `npm run chat` (non-TTY, one line per message): justify an
 * absence with a PDF file path, send a late request with a word for the service that
 * arrives in a real SMTP peer on 127.0.0.1, and see both in "mes demandes".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDocumentsKey } from '../../src/documents/documentsKey';
import { aPdf } from '../documents/support/fileMother';
import { SmtpTestPeer } from '../mail/support/smtpTestPeer';
import { runChat } from './support/chatRun';
import { createEmptyDatabase, createTestDatabase } from '../infrastructure/support/testDatabase';

const peer = new SmtpTestPeer();
beforeAll(() => peer.start(0));
afterAll(() => peer.stop());

test('a demo parent justifies an absence with a PDF path and sends a late request that reaches the mailbox', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'periscolaire-chat-'));
  const pdf = path.join(dir, 'certificat.pdf');
  writeFileSync(pdf, aPdf());
  // An empty database: the chat migrates and seeds it itself (SQLite, or PostgreSQL with TEST_DATABASE).
  const database = await createEmptyDatabase(dir, 'chat');
  const run = await runChat(['Léa était malade mardi', pdf, 'réserver vendredi 13 mars pour Hugo', 'oui', 'Hugo a un rendez-vous chez le dentiste', 'mes demandes'], {
    now: '2026-03-11T10:00',
    env: {
      DATABASE_URL: database.url,
      DATA_DIR: path.join(dir, 'data'),
      DOCUMENTS_KEY: generateDocumentsKey(),
      SMTP_URL: peer.url,
      SMTP_STARTTLS: 'disabled',
      MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>',
      LOG_LEVEL: 'error',
    },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const all = run.replies.map((r) => r.reply).join('\n');
  const justification = /Justificatif reçu : demande n° (D-2026-\d{6})/.exec(all)?.[1];
  const late = /C'est envoyé au service \(portailfamille@joinvillelepont\.fr\) : demande n° (D-2026-\d{6})/.exec(all)?.[1];
  expect(justification).toBeDefined();
  expect(late).toBeDefined();
  const listing = run.replies.find((r) => r.said === 'mes demandes')!.reply;
  expect(listing).toContain(`• Demande ${late} (demande hors délai, réservation) pour Hugo : vendredi 13 mars — envoyée au service`);
  expect(listing).toContain(`• Demande ${justification} (justificatif d'absence) pour Léa : mardi 10 mars — envoyée au service`);

  const [mail] = await peer.waitFor(1);
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('portailfamille@joinvillelepont.fr');
  expect(mail.replyTo?.text).toBe('camille.martin@example.fr');
  expect(mail.subject).toBe(`Demande hors délai ${late} — réservation — Hugo Martin`);
  expect(mail.text).toContain('Message du parent : « Hugo a un rendez-vous chez le dentiste »');
  expect(mail.text).toContain('- vendredi 13 mars 2026 (2026-03-13) — délai dépassé depuis le mardi 10 mars 2026 à 23h59');
  await database.drop();
}, 120_000);

test('works beside a running assistant on the same database (its connection open): no engine error, no duplicate seed', async () => {
  const served = await createTestDatabase('seeded');
  try {
    // The assistant's connection, reading as it does on every turn.
    await served.prisma.guardian.count();
    const run = await runChat(['qu’est-ce que j’ai réservé la semaine prochaine ?'], {
      now: '2026-03-11T10:00',
      env: { DATABASE_URL: served.url, DATA_DIR: path.join(served.dir, 'data'), DOCUMENTS_KEY: generateDocumentsKey(), LOG_LEVEL: 'error' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('> qu’est-ce que j’ai réservé la semaine prochaine ?');
    expect(await served.prisma.guardian.count({ where: { email: 'camille.martin@example.fr' } })).toBe(1);
  } finally {
    await served.destroy();
  }
}, 120_000);
