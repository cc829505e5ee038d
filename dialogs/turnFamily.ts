/** The linked family of the current turn, set by the bot before any dialog runs. */
import type { TurnContext } from 'botbuilder';
import type { FamilyContext } from './services';

const FAMILY_KEY = Symbol('periscolaire.family');

export function setFamily(context: TurnContext, family: FamilyContext): void {
  context.turnState.set(FAMILY_KEY, family);
}

/** The family of the turn; throws when a dialog that needs one runs before linking (a wiring bug). */
export function familyOf(context: TurnContext): FamilyContext {
  const family = context.turnState.get(FAMILY_KEY) as FamilyContext | undefined;
  if (!family) throw new Error('No linked family on this turn: the linking gate was bypassed.');
  return family;
}
