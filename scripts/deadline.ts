/** `npm run deadline -- 2026-03-13`: the deadline of a day, in French and ISO. */
import { createTownRules } from '../src/domain/createTownRules';
import { deadlineReport } from '../src/cli/deadlineCommand';
import { runCommand } from '../src/cli/runCommand';

runCommand(async (args) => {
  console.log(deadlineReport(args, createTownRules(), new Date()));
});
