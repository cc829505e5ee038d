/**
 * The parent's side of requests: "où en est ma demande ?" and the decisions they must
 * be told about (at their next turn, or proactively).
 */
import type { RequestQueries } from './ports';
import { toNotificationView, toRequestView, type NotificationView, type RequestView } from './requestViews';

/** The guardian's requests, latest first, each with its status and history. */
export async function listRequests(queries: RequestQueries, query: { guardianId: number }): Promise<RequestView[]> {
  return (await queries.listForGuardian(query.guardianId)).map(toRequestView);
}

/** What the guardian has not been told yet (decisions, freed places), oldest first. */
export async function pendingNotifications(queries: RequestQueries, guardianId: number): Promise<NotificationView[]> {
  return (await queries.pendingNotifications(guardianId)).map(toNotificationView);
}

/**
 * Marks notifications as told, once the message has been sent to the parent. With
 * `guardianId`, only that guardian's rows change (ids coming from a conversation).
 */
export async function markNotified(queries: RequestQueries, ids: readonly number[], options: { now: Date; guardianId?: number }): Promise<number> {
  if (ids.length === 0) return 0;
  return queries.markNotified(ids, options.now, options.guardianId);
}
