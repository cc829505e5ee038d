/** How long the assistant keeps conversations, as the privacy notice tells parents. */

/** CONVERSATION_STATE_DAYS' default (src/server/settings.ts). */
export const DEFAULT_CONVERSATION_STATE_DAYS = 30;
/** Lines of a handed-over conversation (HandoffMessage) are kept this many days. */
export const HANDOFF_TRANSCRIPT_DAYS = 90;

/** REMINDER_DAYS_BEFORE (default 3): a clear error rather than reminders on a typo. */
export function reminderDaysBefore(env: NodeJS.ProcessEnv): number {
  const text = env.REMINDER_DAYS_BEFORE?.trim();
  if (!text) return 3;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 0 || days > 30) {
    throw new Error(`REMINDER_DAYS_BEFORE « ${text} » : nombre entier de jours entre 0 et 30 attendu.`);
  }
  return days;
}
