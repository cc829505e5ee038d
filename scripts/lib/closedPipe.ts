/**
 * A reading tool piped into `head` or a pager that stops reading: its output is not
 * wanted any more, so the tool ends quietly instead of crashing on EPIPE.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
