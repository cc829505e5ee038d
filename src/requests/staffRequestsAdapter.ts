/**
 * The requests feature as the staff console sees it (src/staff/staffRoutes.ts,
 * StaffRequestsPort): the requests to decide, and a decision with a French notice.
 */
import type { AuditRecord } from '../bookings/ports';
import type { DocumentReadResult } from '../documents/documentStore';
import type { StaffDocument, StaffRequestsPort } from '../staff/staffRoutes';
import type { StaffRequestSummary } from '../staff/staffPages';
import type { DecideCommand, DecideResult } from './decideRequest';
import { fillFr, requestMessagesFr } from './messages.fr';
import type { RequestQueries } from './ports';
import { toRequestView } from './requestViews';

/** How the console reads parents' documents: metadata, decrypted bytes, and the audit trail. */
export interface StaffDocumentAccess {
  meta(id: string): Promise<{ mediaType: string; originalName: string | null; purgedAt: Date | null; requestId: number | null } | null>;
  read(id: string): Promise<DocumentReadResult>;
  audit(entry: AuditRecord): Promise<void>;
}

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/heic': 'heic', 'image/heif': 'heif' };

/** The staff console's port over the request use cases. */
export class StaffRequestsAdapter implements StaffRequestsPort {
  constructor(
    private readonly queries: RequestQueries,
    private readonly decideRequest: (command: DecideCommand) => Promise<DecideResult>,
    private readonly documents?: StaffDocumentAccess,
  ) {}

  /** A document decrypted for staff; every opening (and every refused one) is audited. */
  async openDocument(input: { id: string; staffId: number; now: Date }): Promise<StaffDocument> {
    if (!this.documents) return { ok: false, status: 404, message: 'Document introuvable.' };
    const meta = await this.documents.meta(input.id);
    const audit = (outcome: string) =>
      this.documents!.audit({
        at: input.now,
        actor: { kind: 'staff', id: String(input.staffId), channel: 'console' },
        action: 'document.open',
        entityType: 'Document',
        entityId: input.id,
        details: { outcome, requestId: meta?.requestId ?? null },
      });
    if (!meta) return { ok: false, status: 404, message: 'Document introuvable.' };
    if (meta.purgedAt) {
      await audit('purged');
      return { ok: false, status: 410, message: 'Ce document a été supprimé (durée de conservation dépassée).' };
    }
    const read = await this.documents.read(input.id);
    if (read.status !== 'ok') {
      await audit(read.status === 'not_found' ? 'missing' : `unreadable:${read.reason}`);
      return { ok: false, status: read.status === 'not_found' ? 404 : 500, message: 'Ce document ne peut pas être lu (fichier absent ou clé différente).' };
    }
    await audit('opened');
    const fileName = meta.originalName?.trim() || `justificatif-${input.id.slice(0, 8)}.${EXTENSIONS[meta.mediaType] ?? 'bin'}`;
    return { ok: true, content: read.content, mediaType: meta.mediaType, fileName };
  }

  /** Submitted and in-progress requests, oldest first (first come, first served). */
  async listToDecide(): Promise<StaffRequestSummary[]> {
    const open = [...(await this.queries.listAll({ status: 'submitted' })), ...(await this.queries.listAll({ status: 'in_progress' }))];
    return open
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
      .map((request) => {
        const view = toRequestView(request);
        const documents = request.documents.map((d) => ({ id: d.id, name: d.originalName ?? `document ${d.id.slice(0, 8)}`, available: d.purgedAt === null }));
        // Staff decide on the parent's word too ("Voulez-vous ajouter un mot pour le service ?").
        const words = view.parentWords?.trim();
        const summary = words ? `${view.summary} — ${fillFr(requestMessagesFr.mail.parentWords, { value: words })}` : view.summary;
        return { number: view.number, kind: view.kindLabel, kindCode: request.kind, status: view.statusLabel, familyName: request.guardian.familyName, summary, createdAt: view.createdAt, documents };
      });
  }

  async decide(input: { number: string; decision: 'accept' | 'refuse'; reason?: string; message?: string; staffId: number; now: Date }): Promise<{ ok: boolean; message: string }> {
    const result = await this.decideRequest({ ...input, staffId: String(input.staffId), channel: 'console' });
    switch (result.status) {
      case 'decided':
        return { ok: true, message: `Demande ${result.number} ${requestMessagesFr.status[result.decision]} ; la famille en sera informée.` };
      case 'not_found':
        return { ok: false, message: `Aucune demande ${result.number}.` };
      case 'already_decided':
        return { ok: false, message: `La demande ${result.number} est déjà ${requestMessagesFr.status[result.current]}.` };
      default:
        return { ok: false, message: 'Indiquez le motif du refus : il est transmis au parent.' };
    }
  }
}
