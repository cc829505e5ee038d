/**
 * Hand-over to a person: a ticket with the context staff need, the bot stepping aside
 * while staff hold the conversation, staff replies delivered to the parent through the
 * stored conversation reference, and the conversation given back to the bot.
 */
import type { HandoffStore, HandoffTicket, NewHandoff, TranscriptLine } from './handoffStore';

/** Sends a message to a parent outside of their own turn (implemented by the bot layer). */
export interface ProactiveMessenger {
  /** `author`: a staff member's signature ("Sophie (service périscolaire)") when a person writes. */
  send(reference: unknown, text: string, author?: { name: string }): Promise<void>;
}

/** What the console hears live (Server-Sent Events): a conversation started waiting for a person. */
export interface HandoffEvent {
  type: 'waiting';
  ticketId: number;
  /** The parent's name, or a neutral label. */
  who: string;
}

/** How a staff member signs to parents: first name and service, so a parent knows a person writes. */
export function staffSignature(displayName: string): string {
  const first = displayName.trim().split(/\s+/)[0] || displayName;
  return `${first} (service périscolaire)`;
}

export type StaffActionResult =
  | { ok: true; ticket: HandoffTicket }
  | { ok: false; reason: 'not_found' | 'taken_by_someone_else' | 'closed' | 'empty_message' | 'delivery_failed' };

/** What staff and the parent read when the conversation changes hands (French). */
export interface HandoffTexts {
  staffJoined(staffName: string): string;
  backToBot(): string;
  /** Written in the transcript when the parent comes back to the assistant by themselves. */
  parentLeft(): string;
}

function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}\u0000${conversationId}`;
}

/**
 * Every parent's turn asks whether staff hold the conversation, and almost always the
 * answer is no. Tickets are opened and closed only through this service, in the one
 * process that owns the database and serves the staff console, so the service keeps the
 * set of conversations with an open ticket: loaded once from the store, then updated
 * by open and release. A conversation outside the set has no open ticket (no query); one
 * inside it is read from the store as before (status and staff may have changed).
 *
 * With several processes on one database (PostgreSQL) a ticket opened or closed by
 * another process would be missed by this process's set: there the set is not kept
 * (`indexOpenConversations: false`) and every turn asks the store (one indexed query).
 */
export class HandoffService {
  private openConversations?: Promise<Set<string>>;
  private readonly listeners = new Set<(event: HandoffEvent) => void>();

  /** Calls `listener` on each new waiting conversation; returns how to stop. */
  subscribe(listener: (event: HandoffEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  constructor(
    private readonly store: HandoffStore,
    private readonly messenger: ProactiveMessenger,
    private readonly texts: HandoffTexts,
    private readonly options: { indexOpenConversations?: boolean } = {},
  ) {}

  async open(handoff: NewHandoff): Promise<HandoffTicket> {
    // The set is loaded before the ticket is written, so that the load cannot miss it.
    const open = await this.index();
    const ticket = await this.store.open(handoff);
    open.add(conversationKey(ticket.channelId, ticket.conversationId));
    if (ticket.status === 'waiting') {
      const event: HandoffEvent = { type: 'waiting', ticketId: ticket.id, who: ticket.context.guardianName ?? 'Parent non identifié' };
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch {
          // A console gone away must not fail the parent's turn.
        }
      }
    }
    return ticket;
  }

  /** The open ticket of a conversation: while there is one, the bot does not answer it. */
  async openTicketOf(channelId: string, conversationId: string): Promise<HandoffTicket | undefined> {
    if (this.options.indexOpenConversations === false) return this.store.findOpenByConversation(channelId, conversationId);
    const open = await this.index();
    const key = conversationKey(channelId, conversationId);
    if (!open.has(key)) return undefined;
    const ticket = await this.store.findOpenByConversation(channelId, conversationId);
    if (!ticket) open.delete(key);
    return ticket;
  }

  private index(): Promise<Set<string>> {
    this.openConversations ??= this.store.openConversations().then(
      (rows) => new Set(rows.map((row) => conversationKey(row.channelId, row.conversationId))),
      (error: unknown) => {
        this.openConversations = undefined;
        throw error;
      },
    );
    return this.openConversations;
  }

  /** Keeps what the parent writes while staff hold the conversation. */
  async relayParentMessage(ticket: HandoffTicket, text: string, now: Date): Promise<void> {
    await this.store.append(ticket.id, { author: 'parent', text, at: now });
  }

  async take(ticketId: number, staff: { id: number; name: string }, now: Date): Promise<StaffActionResult> {
    const ticket = await this.store.findById(ticketId);
    if (!ticket) return { ok: false, reason: 'not_found' };
    if (ticket.status === 'closed') return { ok: false, reason: 'closed' };
    const taken = await this.store.take(ticketId, staff.id, now);
    if (!taken) return { ok: false, reason: 'taken_by_someone_else' };
    if (ticket.status === 'waiting') await this.tell(taken, this.texts.staffJoined(staff.name), now, 'system');
    return { ok: true, ticket: taken };
  }

  /** A colleague takes over a conversation another staff member holds (gone home, busy); the parent is told. */
  async takeOver(ticketId: number, staff: { id: number; name: string }, now: Date): Promise<StaffActionResult> {
    const ticket = await this.store.findById(ticketId);
    if (!ticket) return { ok: false, reason: 'not_found' };
    if (ticket.status !== 'active') return ticket.status === 'closed' ? { ok: false, reason: 'closed' } : this.take(ticketId, staff, now);
    const taken = await this.store.takeOver(ticketId, staff.id, now);
    if (!taken) return { ok: false, reason: 'closed' };
    await this.tell(taken, this.texts.staffJoined(staff.name), now, 'system');
    return { ok: true, ticket: taken };
  }

  /** The parent asks to come back to the assistant: the ticket closes, staff see why in the transcript. */
  async leaveByParent(ticket: HandoffTicket, now: Date): Promise<void> {
    const open = await this.index();
    const closed = await this.store.close(ticket.id, now);
    if (closed) open.delete(conversationKey(closed.channelId, closed.conversationId));
    await this.store.append(ticket.id, { author: 'system', text: this.texts.parentLeft(), at: now });
  }

  async reply(ticketId: number, staff: { id: number; name: string }, text: string, now: Date): Promise<StaffActionResult> {
    const message = text.trim();
    if (!message) return { ok: false, reason: 'empty_message' };
    const ticket = await this.store.findById(ticketId);
    if (!ticket) return { ok: false, reason: 'not_found' };
    if (ticket.status === 'closed') return { ok: false, reason: 'closed' };
    if (ticket.staffId !== staff.id) return { ok: false, reason: 'taken_by_someone_else' };
    try {
      await this.messenger.send(ticket.reference, message, { name: staffSignature(staff.name) });
    } catch {
      return { ok: false, reason: 'delivery_failed' };
    }
    await this.store.append(ticket.id, { author: 'staff', text: message, at: now, staffName: staff.name });
    return { ok: true, ticket };
  }

  /** Gives the conversation back to the bot, which tells the parent. */
  async release(ticketId: number, staff: { id: number }, now: Date): Promise<StaffActionResult> {
    const ticket = await this.store.findById(ticketId);
    if (!ticket) return { ok: false, reason: 'not_found' };
    if (ticket.status === 'closed') return { ok: false, reason: 'closed' };
    if (ticket.status === 'active' && ticket.staffId !== staff.id) return { ok: false, reason: 'taken_by_someone_else' };
    const open = await this.index();
    const closed = await this.store.close(ticketId, now);
    if (!closed) return { ok: false, reason: 'not_found' };
    open.delete(conversationKey(closed.channelId, closed.conversationId));
    await this.tell(closed, this.texts.backToBot(), now, 'system');
    return { ok: true, ticket: closed };
  }

  ticket(ticketId: number): Promise<HandoffTicket | undefined> {
    return this.store.findById(ticketId);
  }

  list(statuses: Parameters<HandoffStore['list']>[0]): Promise<HandoffTicket[]> {
    return this.store.list(statuses);
  }

  transcript(ticketId: number): Promise<TranscriptLine[]> {
    return this.store.transcript(ticketId);
  }

  /** Tells the parent; a failed delivery is written in the transcript rather than failing the staff action. */
  private async tell(ticket: HandoffTicket, text: string, now: Date, author: TranscriptLine['author']): Promise<void> {
    let delivered = true;
    try {
      await this.messenger.send(ticket.reference, text);
    } catch {
      delivered = false;
    }
    await this.store.append(ticket.id, { author, text: delivered ? text : `${text} (message non remis au parent)`, at: now });
  }
}
