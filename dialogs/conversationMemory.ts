/**
 * What the conversation just did, kept a short while so that a follow-up makes sense:
 * "et pour Hugo ?", "et mercredi ?", "même chose pour Inès" complete the last request;
 * "détail" shows the day-by-day list of the last result. In the conversation's own
 * state (one conversation, one family): never shared between conversations, and
 * forgotten when another guardian talks in the same conversation.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { IsoDay } from '../src/domain/day';
import type { Clock, Intent, Topic } from './services';

/** How long a request is remembered for a follow-up. */
export const MEMORY_MINUTES = 30;

/** The intents a follow-up can complete. */
export type RememberedIntent = Extract<Intent, 'reserve' | 'cancel' | 'check' | 'deadline' | 'faq'>;

export interface LastRequest {
  intent: RememberedIntent;
  childIds: number[];
  days: IsoDay[];
  /** The day-by-day detail of the last result, when it was told in short. */
  detail?: string;
  /** The change a deadline answer was asked of (« … d'inscrire Inès demain ? »): « ok fais-le » next asks it. */
  change?: 'reserve' | 'cancel';
  /** A money answer ("et le mercredi ?" after the evening's price asks the Wednesday's). */
  topic?: Topic;
  /** The price question answered ("4 soirs de garderie pour les 3"): "et pour Hugo seulement ?" asks it again for Hugo. */
  question?: string;
  /** The days booked in this conversation a while ago, the last request's included: « ah non, pas Hugo finalement » two requests later. */
  booked?: BookedDay[];
  /** The days the last request itself booked (« combien ça va me coûter ? » just after). */
  bookedByLast?: BookedDay[];
  /** The days the last request itself cancelled (« ah non, pas le mercredi » just after books it again). */
  cancelledByLast?: BookedDay[];
  /** The children of the request just before, on the very same days (« et Hugo ? » after Léa's Wednesday): « mets les deux » then means both. */
  childIdsBefore?: number[];
  /**
   * The request just before, for other children on other days (Léa's Wednesday, then « et pour Hugo le jeudi 17 ? »):
   * « ok alors annule les deux » then means each one's own days.
   */
  requestBefore?: { childIds: number[]; days: IsoDay[] };
  /**
   * The other changes of the last request when it made several (Léa booked on the 16th, Inès's 14th cancelled):
   * « et le 16 pour Inès aussi » then follows the change of that day.
   */
  otherChanges?: { intent: 'reserve' | 'cancel'; childIds: number[]; days: IsoDay[] }[];
}

export interface BookedDay {
  childId: number;
  day: IsoDay;
}

/** How many booked days are kept (the latest). */
const BOOKED_KEPT = 40;

interface Stored extends LastRequest {
  guardianId: number;
  /** ISO instant it was remembered. */
  at: string;
}

export class ConversationMemory {
  constructor(
    private readonly accessor: StatePropertyAccessor<Stored | undefined>,
    private readonly clock: Clock,
  ) {}

  /** The last request of this conversation, if recent and made by the same guardian. */
  async recall(context: TurnContext, guardianId: number): Promise<LastRequest | undefined> {
    const stored = await this.accessor.get(context);
    if (!stored || stored.guardianId !== guardianId) return undefined;
    const age = this.clock.now().getTime() - new Date(stored.at).getTime();
    if (!(age >= 0 && age <= MEMORY_MINUTES * 60_000)) {
      await this.accessor.delete(context);
      return undefined;
    }
    const { intent, childIds, days, detail, topic, question, change, booked, bookedByLast, cancelledByLast, childIdsBefore, requestBefore, otherChanges } = stored;
    return {
      intent,
      childIds,
      days,
      ...(detail === undefined ? {} : { detail }),
      ...(topic === undefined ? {} : { topic }),
      ...(question === undefined ? {} : { question }),
      ...(change === undefined ? {} : { change }),
      ...(booked?.length ? { booked } : {}),
      ...(bookedByLast?.length ? { bookedByLast } : {}),
      ...(cancelledByLast?.length ? { cancelledByLast } : {}),
      ...(childIdsBefore?.length ? { childIdsBefore } : {}),
      ...(requestBefore ? { requestBefore } : {}),
      ...(otherChanges?.length ? { otherChanges } : {}),
    };
  }

  /** Remembers `request`; the days it booked join those booked earlier in the conversation. */
  async remember(context: TurnContext, guardianId: number, request: LastRequest): Promise<void> {
    const previous = await this.recall(context, guardianId);
    const earlier = previous?.booked ?? [];
    const booked = [...earlier, ...(request.booked ?? [])].slice(-BOOKED_KEPT);
    const bookedByLast = request.booked ?? [];
    const sameDays = previous !== undefined && !previous.topic && previous.days.length > 0 && previous.days.length === request.days.length && previous.days.every((day) => request.days.includes(day));
    const childIdsBefore = sameDays && previous.childIds.some((id) => !request.childIds.includes(id)) ? previous.childIds : [];
    const otherRequest = previous !== undefined && !previous.topic && !request.topic && !sameDays && previous.days.length > 0 && previous.childIds.length > 0 && previous.childIds.every((id) => !request.childIds.includes(id));
    const requestBefore = otherRequest ? { childIds: previous.childIds, days: previous.days } : undefined;
    await this.accessor.set(context, {
      ...request,
      ...(booked.length ? { booked } : {}),
      ...(bookedByLast.length ? { bookedByLast } : {}),
      ...(childIdsBefore.length ? { childIdsBefore } : {}),
      ...(requestBefore ? { requestBefore } : {}),
      guardianId,
      at: this.clock.now().toISOString(),
    });
  }
}
