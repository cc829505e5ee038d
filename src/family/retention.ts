/** How long the assistant keeps conversations, as the privacy notice tells parents. */

/** CONVERSATION_STATE_DAYS' default (src/server/settings.ts). */
export const DEFAULT_CONVERSATION_STATE_DAYS = 30;
/** Lines of a handed-over conversation (HandoffMessage) are kept this many days. */
export const HANDOFF_TRANSCRIPT_DAYS = 90;
