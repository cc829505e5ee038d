/** npm run understand -- --now 2026-03-09T10:00 --children "Léa,Hugo,Inès" "texte"  (or JSON lines on stdin). */
import { runUnderstandCli } from '../src/understanding/cli/understandCli';
import { endQuietlyWhenOutputCloses } from './lib/closedPipe';

endQuietlyWhenOutputCloses();
runUnderstandCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
