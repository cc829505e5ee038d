/**
 * The requests feature as the staff console sees it (src/staff/staffRoutes.ts,
 * StaffRequestsPort): the requests to decide, and a decision with a French notice.
 */
import type { StaffRequestsPort } from '../staff/staffRoutes';
import type { StaffRequestSummary } from '../staff/staffPages';
import type { DecideCommand, DecideResult } from './decideRequest';
import { requestMessagesFr } from './messages.fr';
import type { RequestQueries } from './ports';
import { toRequestView } from './requestViews';

/** The staff console's port over the request use cases. */
export class StaffRequestsAdapter implements StaffRequestsPort {
  constructor(
    private readonly queries: RequestQueries,
    private readonly decideRequest: (command: DecideCommand) => Promise<DecideResult>,
  ) {}

  /** Submitted and in-progress requests, oldest first (first come, first served). */
  async listToDecide(): Promise<StaffRequestSummary[]> {
    const open = [...(await this.queries.listAll({ status: 'submitted' })), ...(await this.queries.listAll({ status: 'in_progress' }))];
    return open
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
      .map((request) => {
        const view = toRequestView(request);
        return { number: view.number, kind: view.kindLabel, status: view.statusLabel, familyName: request.guardian.familyName, summary: view.summary, createdAt: view.createdAt };
      });
  }

  async decide(input: { number: string; decision: 'accept' | 'refuse'; reason?: string; staffId: number; now: Date }): Promise<{ ok: boolean; message: string }> {
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
