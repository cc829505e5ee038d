/**
 * What a request asked, as stored in Request.payload (JSON text) and validated with zod
 * when read back. The payload is written once and never changed: decisions go to the
 * history, the decision note and the notifications.
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The children named in a request, as they were called when it was made. */
export const childSnapshotSchema = z.object({ id: z.number().int(), firstName: z.string(), lastName: z.string() });
export type ChildSnapshot = z.infer<typeof childSnapshotSchema>;

/** reserve/cancel: `days`; modify: free `days`, book `newDays` instead. */
export const lateActionSchema = z.enum(['reserve', 'cancel', 'modify']);
export type LateAction = z.infer<typeof lateActionSchema>;

export const lateRequestPayloadSchema = z.object({
  type: z.literal('late_request'),
  action: lateActionSchema,
  children: z.array(childSnapshotSchema).min(1),
  days: z.array(day),
  newDays: z.array(day).default([]),
  parentWords: z.string(),
  /** Message-ID of the mail sent to the service's mailbox. */
  messageId: z.string(),
});
export type LateRequestPayload = z.infer<typeof lateRequestPayloadSchema>;

export const justificationDayCodeSchema = z.enum([
  'accepted_for_review',
  'outside_window',
  'not_booked',
  'not_your_child',
  'future_day',
]);

export const justificationPayloadSchema = z.object({
  type: z.literal('absence_justification'),
  children: z.array(childSnapshotSchema).length(1),
  /** The days sent for review (accepted_for_review). */
  days: z.array(day).min(1),
  /** The other days asked, with why they were left out. */
  leftOut: z.array(z.object({ day, code: justificationDayCodeSchema })).default([]),
  documentIds: z.array(z.string()).min(1),
});
export type JustificationPayload = z.infer<typeof justificationPayloadSchema>;

/** A written message to the service (out of hours): no child or day of its own, answered by e-mail. */
export const serviceMessagePayloadSchema = z.object({
  type: z.literal('service_message'),
  text: z.string().min(1),
  /** Kept empty: listings read children and days from every payload. */
  children: z.array(childSnapshotSchema).default([]),
  days: z.array(day).default([]),
  /** Message-ID of the mail sent to the service's mailbox. */
  messageId: z.string(),
});
export type ServiceMessagePayload = z.infer<typeof serviceMessagePayloadSchema>;

/** A change of the family's records asked in the parent's words (issue 14), applied by staff. */
export const dossierPayloadSchema = z.object({
  type: z.literal('dossier'),
  text: z.string().min(1),
  /** The children the change names, if any. */
  children: z.array(childSnapshotSchema).default([]),
  days: z.array(day).default([]),
  documentIds: z.array(z.string()).default([]),
  /** Message-ID of the mail sent to the service's mailbox. */
  messageId: z.string(),
});
export type DossierPayload = z.infer<typeof dossierPayloadSchema>;

/** The documents for the service to set the family's quotient familial (avis d'imposition, attestation CAF). */
export const quotientPayloadSchema = z.object({
  type: z.literal('quotient_familial'),
  /** The parent's words with the documents. */
  text: z.string(),
  /** Kept empty: listings read children and days from every payload. */
  children: z.array(childSnapshotSchema).default([]),
  days: z.array(day).default([]),
  documentIds: z.array(z.string()).min(1),
  /** Message-ID of the mail sent to the service's mailbox. */
  messageId: z.string(),
});
export type QuotientPayload = z.infer<typeof quotientPayloadSchema>;

export const requestPayloadSchema = z.discriminatedUnion('type', [
  lateRequestPayloadSchema,
  justificationPayloadSchema,
  serviceMessagePayloadSchema,
  dossierPayloadSchema,
  quotientPayloadSchema,
]);
export type RequestPayload = z.infer<typeof requestPayloadSchema>;

/** Reads a payload column back; throws when the row holds something else (a bug, not a user's error). */
export function parseRequestPayload(text: string): RequestPayload {
  return requestPayloadSchema.parse(JSON.parse(text));
}
