/** Public surface of the understanding layer. */
export { understand, understandInDetail, completeOpenEnded, warmUp, townCalendar } from './understand';
export type { Intent, Interpretation, UnderstandOptions } from './types';
export type { DetailedInterpretation, CompleteOpenEndedOptions } from './understander';
export type { OpenEnded } from './dates/resolveDates';
export { INTENTS } from './types';
