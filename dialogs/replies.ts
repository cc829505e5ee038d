/** Small builders for the replies every dialog sends: catalog text, suggested actions, contacts. */
import { MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { TownConfig } from '../src/config/townConfig';
import { frenchTime } from './frenchFormat';
import { fill, messages } from './messages/catalog';
import type { Vars } from './messages/catalog';

/** The variables of the service's contacts, for any template that names them. */
export function contactVars(config: TownConfig): Vars {
  return {
    phone: config.contacts.phone,
    mailbox: config.contacts.mailbox,
    address: config.contacts.address,
    portalUrl: config.contacts.portalUrl,
    from: frenchTime(config.serviceHours.from),
    to: frenchTime(config.serviceHours.to),
    days: config.absenceJustificationDays,
  };
}

/** A text with buttons for the usual answers. */
export function withChoices(text: string, choices: readonly string[]): Partial<Activity> {
  return choices.length > 0 ? MessageFactory.suggestedActions([...choices], text) : MessageFactory.text(text);
}

export function yesNo(text: string): Partial<Activity> {
  return withChoices(text, [messages.common.yes, messages.common.no]);
}

export function menu(text: string = messages.common.menu): Partial<Activity> {
  const c = messages.common;
  return withChoices(text, [c.menuReserve, c.menuCancel, c.menuCheck, c.menuDeadline, c.menuHelp]);
}
