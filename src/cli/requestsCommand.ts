/**
 * `npm run requests -- …`: staff list, read and decide requests, and open the documents
 * parents sent (decrypted to a file of their choosing). French output; exit code 2 on bad
 * arguments (UsageError), 1 when the request or document does not exist.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AuditRecord } from '../bookings/ports';
import type { DocumentReadResult } from '../documents/documentStore';
import { frenchDayList } from '../domain/frenchDates';
import type { DecideCommand, DecideResult } from '../requests/decideRequest';
import { requestMessagesFr } from '../requests/messages.fr';
import type { RequestQueries, RequestStatus, RequestWithHistory } from '../requests/ports';
import { isRequestNumber, normaliseRequestNumber } from '../requests/requestNumber';
import { toRequestView } from '../requests/requestViews';
import { UsageError } from './runCommand';
import { NotFoundError } from './bookingsCommand';

export const REQUESTS_USAGE = [
  'Usage : npm run requests -- list [--status submitted|in_progress|accepted|refused|closed] [--limit N]',
  '        npm run requests -- show D-2026-000123',
  '        npm run requests -- accept D-2026-000123 [--by IDENTIFIANT]',
  '        npm run requests -- refuse D-2026-000123 --reason "motif pour la famille" [--by IDENTIFIANT]',
  '        npm run requests -- open-document ID --out FICHIER',
].join('\n');

const STATUSES: readonly RequestStatus[] = ['submitted', 'in_progress', 'accepted', 'refused', 'closed'];

export type RequestsCommand =
  | { name: 'list'; status?: RequestStatus; limit: number }
  | { name: 'show'; number: string }
  | { name: 'accept'; number: string; by?: string }
  | { name: 'refuse'; number: string; reason: string; by?: string }
  | { name: 'open-document'; id: string; out: string };

const usage = (message: string) => new UsageError(`${message}\n${REQUESTS_USAGE}`);

function numberArg(positionals: string[]): string {
  if (positionals.length !== 1) throw usage('Indiquez un numéro de demande, et un seul.');
  const number = normaliseRequestNumber(positionals[0]);
  if (!isRequestNumber(number)) throw usage(`« ${positionals[0]} » n'est pas un numéro de demande (ex. D-2026-000123).`);
  return number;
}

/** Reads the arguments; throws UsageError (exit code 2) before anything is opened. */
export function parseRequestsArgs(args: readonly string[]): RequestsCommand {
  const [name, ...rest] = args;
  const options = { status: { type: 'string' }, limit: { type: 'string' }, by: { type: 'string' }, reason: { type: 'string' }, out: { type: 'string' } } as const;
  let values: Partial<Record<keyof typeof options, string>>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true }));
  } catch (error) {
    throw usage((error as Error).message);
  }
  const allowed: Record<string, string[]> = { list: ['status', 'limit'], show: [], accept: ['by'], refuse: ['reason', 'by'], 'open-document': ['out'] };
  if (!name || !(name in allowed)) throw usage(name ? `Commande inconnue : « ${name} ».` : 'Commande manquante.');
  const extra = Object.keys(values).filter((key) => !allowed[name].includes(key));
  if (extra.length > 0) throw usage(`Option non prévue pour « ${name} » : --${extra.join(', --')}.`);

  switch (name) {
    case 'list': {
      if (positionals.length > 0) throw usage(`Argument inattendu : ${positionals.join(' ')}`);
      if (values.status !== undefined && !STATUSES.includes(values.status as RequestStatus)) throw usage(`Statut inconnu : « ${values.status} ».`);
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw usage(`--limit attend un nombre entier positif, pas « ${values.limit} ».`);
      return { name, status: values.status as RequestStatus | undefined, limit };
    }
    case 'show':
      return { name, number: numberArg(positionals) };
    case 'accept':
      return { name, number: numberArg(positionals), by: values.by };
    case 'refuse': {
      const number = numberArg(positionals);
      const reason = values.reason?.trim();
      if (!reason) throw usage('Un refus demande un motif : --reason "…" (la famille le lira).');
      return { name, number, reason, by: values.by };
    }
    default: {
      if (positionals.length !== 1 || !/^[0-9a-f-]{36}$/i.test(positionals[0])) throw usage('Indiquez l’identifiant du document (UUID), tel que « show » l’affiche.');
      if (!values.out) throw usage('Indiquez le fichier à écrire : --out FICHIER.');
      return { name: 'open-document', id: positionals[0].toLowerCase(), out: values.out };
    }
  }
}

/** What the command works with (built from the database and DOCUMENTS_KEY by scripts/requests.ts). */
export interface RequestsCommandContext {
  queries: RequestQueries;
  decide(command: DecideCommand): Promise<DecideResult>;
  readDocument(id: string): Promise<DocumentReadResult>;
  documentMeta(id: string): Promise<{ mediaType: string; originalName: string | null; purgedAt: Date | null } | null>;
  recordAudit(entry: AuditRecord): Promise<void>;
  staffId: string;
  now: () => Date;
}

function listLine(request: RequestWithHistory): string {
  const view = toRequestView(request);
  return `${view.summary} — ${request.guardian.civility} ${request.guardian.firstName} ${request.guardian.lastName}, le ${request.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function details(request: RequestWithHistory): string {
  const view = toRequestView(request);
  const p = request.payload;
  const lines = [
    `${request.number} — ${view.kindLabel} — ${view.statusLabel}`,
    `Responsable : ${request.guardian.civility} ${request.guardian.firstName} ${request.guardian.lastName} <${request.guardian.email}> (responsable n° ${request.guardianId})`,
    `Enfant(s) : ${p.children.map((c) => `${c.firstName} ${c.lastName} (n° ${c.id})`).join(', ')}`,
    `Jours : ${frenchDayList(p.days, { withYear: true })} (${p.days.join(', ')})`,
  ];
  if (p.type === 'late_request') {
    lines.push(`Action : ${requestMessagesFr.action[p.action]}`);
    if (p.newDays.length > 0) lines.push(`Jours à réserver à la place : ${frenchDayList(p.newDays, { withYear: true })}`);
    lines.push(`Message du parent : « ${p.parentWords} »`);
  } else if (p.type === 'service_message' || p.type === 'dossier' || p.type === 'quotient_familial') {
    lines.push(`Message du parent : « ${p.text} »`);
  } else if (p.leftOut.length > 0) {
    lines.push(`Jours non retenus : ${p.leftOut.map((d) => `${d.day} (${d.code})`).join(', ')}`);
  }
  if (request.decisionNote) lines.push(`Motif de la décision : ${request.decisionNote}`);
  if (request.documents.length > 0) {
    lines.push('Documents :');
    for (const d of request.documents) {
      const state = d.purgedAt ? `supprimé le ${d.purgedAt.toISOString().slice(0, 10)} (durée de conservation)` : `${d.mediaType}, ${d.sizeBytes} octets`;
      lines.push(`  ${d.id} — ${d.originalName ?? 'sans nom'} — ${state}`);
    }
  }
  lines.push('Historique :');
  for (const h of request.history) {
    lines.push(`  ${h.at.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${requestMessagesFr.status[h.to]} — ${h.actorKind}:${h.actorId}${h.comment ? ` — ${h.comment}` : ''}`);
  }
  return lines.join('\n');
}

function decisionText(result: DecideResult): string {
  switch (result.status) {
    case 'not_found':
      throw new NotFoundError(`Aucune demande ${result.number}.`);
    case 'already_decided':
      throw new Error(`La demande ${result.number} est déjà ${requestMessagesFr.status[result.current]} : rien n'a changé.`);
    case 'reason_required':
      throw new UsageError(`Un refus demande un motif : --reason "…".\n${REQUESTS_USAGE}`);
    default: {
      const applied = result.applied.map((a) => `  ${a.childFirstName} — ${a.day} — ${a.code}`);
      const head = `Demande ${result.number} ${requestMessagesFr.status[result.decision]} ; la famille en sera informée.`;
      return applied.length > 0 ? [head, 'Changements appliqués (hors délai) :', ...applied].join('\n') : head;
    }
  }
}

async function openDocument(ctx: RequestsCommandContext, id: string, out: string): Promise<string> {
  const meta = await ctx.documentMeta(id);
  if (!meta) throw new NotFoundError(`Aucun document ${id}.`);
  if (meta.purgedAt) throw new NotFoundError(`Le document ${id} a été supprimé le ${meta.purgedAt.toISOString().slice(0, 10)} (durée de conservation).`);
  const read = await ctx.readDocument(id);
  if (read.status === 'not_found') throw new NotFoundError(`Le fichier du document ${id} est introuvable dans le stockage.`);
  if (read.status === 'unreadable') throw new Error(`Le document ${id} est illisible (${read.reason === 'wrong_key' ? 'DOCUMENTS_KEY différente de celle du dépôt' : 'fichier altéré'}).`);
  try {
    await writeFile(out, read.content, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`Le fichier ${out} existe déjà : choisissez un autre --out.`);
    throw error;
  }
  await ctx.recordAudit({ at: ctx.now(), actor: { kind: 'staff', id: ctx.staffId, channel: 'cli' }, action: 'document.open', entityType: 'Document', entityId: id, details: { out } });
  return `Document ${id} (${meta.mediaType}, ${read.content.length} octets, sha256 ${read.sha256}) écrit dans ${out}. Fichier privé : supprimez-le après lecture.`;
}

/** Runs one parsed command; returns what to print. */
export async function runRequestsCommand(command: RequestsCommand, ctx: RequestsCommandContext): Promise<string> {
  switch (command.name) {
    case 'list': {
      const rows = await ctx.queries.listAll({ status: command.status, limit: command.limit });
      const title = command.status ? `Demandes « ${requestMessagesFr.status[command.status]} »` : 'Demandes';
      return rows.length === 0 ? `${title} : aucune.` : [`${title} (${rows.length}, les plus récentes d'abord) :`, ...rows.map((r) => `  ${listLine(r)}`)].join('\n');
    }
    case 'show': {
      const request = await ctx.queries.findByNumber(command.number);
      if (!request) throw new NotFoundError(`Aucune demande ${command.number}.`);
      return details(request);
    }
    case 'accept':
    case 'refuse': {
      const reason = command.name === 'refuse' ? command.reason : undefined;
      const decision = command.name === 'accept' ? 'accept' : 'refuse';
      return decisionText(await ctx.decide({ number: command.number, decision, reason, staffId: command.by ?? ctx.staffId, channel: 'cli', now: ctx.now() }));
    }
    default:
      return openDocument(ctx, command.id, command.out);
  }
}
