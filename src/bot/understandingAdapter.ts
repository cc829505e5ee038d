/** The understanding layer (src/understanding) behind the dialogs' Understanding port, with its warm-up. */
import type { Interpretation } from '../../dialogs/services';
import type { UnderstandingModule } from '../compositionRoot';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import { completeOpenEnded, understand, warmUp } from '../understanding';
import type { OpenEnded } from '../understanding';

export class FrenchUnderstanding implements UnderstandingModule {
  private warm = false;

  constructor(private readonly calendar?: SchoolCalendar) {}

  async warmUp(): Promise<void> {
    warmUp();
    this.warm = true;
  }

  isWarm(): boolean {
    return this.warm;
  }

  understand(text: string, context: { now: Date; children: string[] }): Interpretation {
    return understand(text, { now: context.now, children: context.children, calendar: this.calendar });
  }

  completeOpenEnded(openEnded: OpenEnded, answer: string, context: { now: Date }): string[] {
    return completeOpenEnded(openEnded, answer, { now: context.now, calendar: this.calendar });
  }
}
