/** Public surface of the understanding layer. */
export { understand, understandInDetail, warmUp, townCalendar } from './understand';
export type { Intent, Interpretation, UnderstandOptions } from './types';
export { INTENTS } from './types';
