/**
 * The slice of a logger the mail adapters need. A pino logger satisfies it as is, so the
 * composition root passes its own; tests pass a recorder.
 */
export interface MailLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
