/** A MailLogger that keeps what it is told, for assertions. */
import type { MailLogger } from '../../../src/mail/mailLogger';

export interface LogRecord {
  level: 'info' | 'warn' | 'error';
  details: object;
  message: string;
}

export class RecordingLogger implements MailLogger {
  readonly records: LogRecord[] = [];
  info(details: object, message: string): void {
    this.records.push({ level: 'info', details, message });
  }
  warn(details: object, message: string): void {
    this.records.push({ level: 'warn', details, message });
  }
  error(details: object, message: string): void {
    this.records.push({ level: 'error', details, message });
  }
}
