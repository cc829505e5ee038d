/**
 * How the project's command-line tools end: 0 on success, 2 on bad arguments (with the
 * usage), 1 on any other failure. `.env` is read first, quietly, as by the server.
 */
import { config as loadDotenv } from 'dotenv';

/** Bad arguments: the message says what is wrong and how to call the command. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The exit code for an error thrown by a command. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? 2 : 1;
}

export interface CommandOptions {
  /**
   * Exit as soon as `main` is done. For commands whose libraries leave a timer behind:
   * Prisma's schema engine keeps one for ten seconds after migrating a PostgreSQL database.
   */
  exitWhenDone?: boolean;
}

/** Runs `main` with the command's arguments and sets the process exit code. */
export function runCommand(main: (args: string[]) => Promise<void>, options: CommandOptions = {}): void {
  loadDotenv({ quiet: true });
  main(process.argv.slice(2))
    .then(
      () => undefined,
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = exitCodeOf(error);
      },
    )
    .finally(() => {
      if (options.exitWhenDone) process.exit();
    });
}
