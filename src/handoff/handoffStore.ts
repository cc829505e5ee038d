/** The hand-over's persistence port: tickets and their transcripts. */
export type HandoffReason = 'asked' | 'not_understood' | 'sensitive' | 'upset' | 'late_request';
export type HandoffStatus = 'waiting' | 'active' | 'closed';
export type TranscriptAuthor = 'parent' | 'bot' | 'staff' | 'system';

/** What staff need to pick the conversation up without asking the parent again. */
export interface HandoffContext {
  familyName?: string;
  guardianName?: string;
  guardianEmail?: string;
  children?: string[];
  days?: string[];
  intent?: string;
  /** The parent's words that triggered the hand-over. */
  trigger?: string;
}

export interface TranscriptLine {
  author: TranscriptAuthor;
  text: string;
  at: Date;
  staffName?: string;
}

export interface HandoffTicket {
  id: number;
  channelId: string;
  conversationId: string;
  guardianId?: number;
  status: HandoffStatus;
  reason: HandoffReason;
  context: HandoffContext;
  /** The Bot Framework conversation reference (JSON-serialisable) to reach the parent later. */
  reference: unknown;
  staffId?: number;
  staffName?: string;
  createdAt: Date;
  takenAt?: Date;
  closedAt?: Date;
}

export interface NewHandoff {
  channelId: string;
  conversationId: string;
  guardianId?: number;
  reason: HandoffReason;
  context: HandoffContext;
  reference: unknown;
  transcript: TranscriptLine[];
  now: Date;
}

export interface HandoffStore {
  /** Opens a ticket with the transcript so far; returns the open ticket of that conversation if there is one. */
  open(handoff: NewHandoff): Promise<HandoffTicket>;
  findOpenByConversation(channelId: string, conversationId: string): Promise<HandoffTicket | undefined>;
  /** The conversations that have an open (waiting or active) ticket. */
  openConversations(): Promise<{ channelId: string; conversationId: string }[]>;
  findById(id: number): Promise<HandoffTicket | undefined>;
  list(statuses: readonly HandoffStatus[]): Promise<HandoffTicket[]>;
  /** Sets status active with this staff member, only if the ticket is waiting (or already theirs). */
  take(id: number, staffId: number, now: Date): Promise<HandoffTicket | undefined>;
  /** Gives an active ticket to another staff member (a colleague gone home); only if still active. */
  takeOver(id: number, staffId: number, now: Date): Promise<HandoffTicket | undefined>;
  close(id: number, now: Date): Promise<HandoffTicket | undefined>;
  append(id: number, line: TranscriptLine): Promise<void>;
  transcript(id: number): Promise<TranscriptLine[]>;
}
