/**
 * The hand-over desk the dialogs call: opens a ticket with what staff need (family,
 * children, days, intent, the last messages, why), sends Bot Framework's
 * `handoff.initiate` event on channels whose hosts act on it, and says when staff are
 * not at work.
 */
import { EventFactory, TurnContext } from 'botbuilder';
import type { Activity, Transcript } from 'botbuilder';
import type { HandoffDesk, HandoffRequest } from '../../dialogs/services';
import { familyOf } from '../../dialogs/turnFamily';
import type { TownConfig } from '../config/townConfig';
import type { PublicHolidays } from '../domain/publicHolidays';
import { isWithinServiceHours } from '../domain/serviceHours';
import type { HandoffService } from '../handoff/handoffService';
import type { TranscriptRecorder } from './transcriptRecorder';

/** Who the linked guardian is, for staff. */
export interface GuardianProfile {
  describe(guardianId: number): Promise<{ fullName: string; email: string; familyName: string } | undefined>;
}

export interface HandoffDeskDeps {
  handoff: HandoffService;
  transcripts: TranscriptRecorder;
  guardians: GuardianProfile;
  config: TownConfig;
  publicHolidays: PublicHolidays;
  now: () => Date;
  /** Channels whose hosts act on the `handoff.initiate` event (e.g. an Omnichannel-connected Direct Line). */
  eventChannels: readonly string[];
}

export class BotHandoffDesk implements HandoffDesk {
  constructor(private readonly deps: HandoffDeskDeps) {}

  async request(context: TurnContext, request: HandoffRequest): Promise<'opened' | 'already_open' | 'out_of_hours'> {
    const activity = context.activity;
    const conversationId = activity.conversation?.id ?? '';
    if (await this.deps.handoff.openTicketOf(activity.channelId, conversationId)) return 'already_open';
    const now = this.deps.now();
    if (!isWithinServiceHours(now, this.deps.config, this.deps.publicHolidays)) return 'out_of_hours';

    const family = familyOf(context);
    const guardian = await this.deps.guardians.describe(family.guardianId);
    const handoffContext = {
      familyName: guardian?.familyName,
      guardianName: guardian?.fullName ?? family.guardianFirstName,
      guardianEmail: guardian?.email,
      children: request.children ?? family.children.map((child) => child.firstName),
      days: request.days,
      intent: request.intent,
      trigger: request.trigger,
    };
    const transcript = this.deps.transcripts.recent(activity);
    await this.deps.handoff.open({
      channelId: activity.channelId,
      conversationId,
      guardianId: family.guardianId,
      reason: request.reason,
      context: handoffContext,
      reference: TurnContext.getConversationReference(activity),
      transcript,
      now,
    });
    if (this.deps.eventChannels.includes(activity.channelId)) {
      const history: Transcript = {
        activities: transcript.map((line) => ({ type: 'message', text: line.text, timestamp: line.at }) as Activity),
      };
      await context.sendActivity(EventFactory.createHandoffInitiation(context, { reason: request.reason, ...handoffContext }, history));
    }
    return 'opened';
  }
}
