/**
 * The bot: for each message, in conversation order, it finds who is talking. A channel
 * user not yet linked to a guardian only ever reaches the linking dialog; a linked
 * parent reaches the main dialog with their own family and nothing else.
 */
import { ActivityHandler, ActivityTypes, TurnContext } from 'botbuilder';
import type { ConversationState, StatePropertyAccessor } from 'botbuilder';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import type { Dialog, DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { channelUserOf } from '../../dialogs/linkAccountDialog';
import { setFamily } from '../../dialogs/turnFamily';
import type { AccountLinking } from '../linking/accountLinking';
import { messages } from '../../dialogs/messages/catalog';
import { commandOf } from '../../dialogs/commands';
import { MAX_MESSAGE_LENGTH } from '../../dialogs/mainDialog';
import type { HandoffTicket } from '../handoff/handoffStore';
import { FamilyCache } from './cachedFamilies';
import type { FamilyDirectory } from './cachedFamilies';
import { RecentActivities } from './recentActivities';
import { TurnQueue } from './turnQueue';
import type { ConversationTurnLock, ProcessedActivities } from './turnOrder';

export type { FamilyDirectory } from './cachedFamilies';

/** The conversations staff hold: the bot stays quiet in them and relays what the parent writes. */
export interface HandoffGate {
  openTicketOf(channelId: string, conversationId: string): Promise<HandoffTicket | undefined>;
  relayParentMessage(ticket: HandoffTicket, text: string, now: Date): Promise<void>;
  leaveByParent(ticket: HandoffTicket, now: Date): Promise<void>;
}

export interface BotDeps {
  conversationState: ConversationState;
  linking: AccountLinking;
  families: FamilyDirectory;
  mainDialog: Dialog;
  linkDialog: Dialog;
  logger: Logger;
  /** How long a user's family is kept in memory between turns (0: read every turn). */
  familyCacheMs?: number;
  handoff?: HandoffGate;
  /** Tells a linked parent what is pending (decisions, freed places) before their turn is answered. */
  notifications?: TurnNotifications;
  now?: () => Date;
  /** Turn order across processes (PostgreSQL); without it, turns are ordered in this process only. */
  turnLock?: ConversationTurnLock;
  /** Messages already answered (default: in this process's memory). */
  processed?: ProcessedActivities;
}

/** What must be told at the start of a linked parent's turn (src/bot/parentNotifications.ts). */
export interface TurnNotifications {
  onLinkedTurn(context: TurnContext, guardianId: number): Promise<void>;
}

export class PeriscolaireBot extends ActivityHandler {
  private readonly queue = new TurnQueue();
  private readonly families: FamilyCache;
  private readonly mainState: StatePropertyAccessor<DialogState>;
  private readonly linkState: StatePropertyAccessor<DialogState>;
  private readonly processed: ProcessedActivities;
  /** Built once (as botbuilder samples do): a DialogSet computes its dialogs' version hash once. */
  private readonly mainDialogs: DialogSet;
  private readonly linkDialogs: DialogSet;
  /**
   * The dialogs' memory scopes and path resolvers, as botbuilder builds them on a turn's first
   * DialogContext (through its component registry and zod schemas) and keeps in turn state for
   * that turn only. They hold no state of their own: built on the first turn, reused on the next
   * ones (as DialogManager.stateConfiguration does).
   */
  private dialogStateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly deps: BotDeps) {
    super();
    this.families = new FamilyCache(deps.familyCacheMs ?? 30_000);
    this.processed = deps.processed ?? new RecentActivities();
    this.mainState = deps.conversationState.createProperty<DialogState>('mainDialogState');
    this.linkState = deps.conversationState.createProperty<DialogState>('linkDialogState');
    this.mainDialogs = new DialogSet(this.mainState).add(deps.mainDialog);
    this.linkDialogs = new DialogSet(this.linkState).add(deps.linkDialog);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Teams sends this when the app is installed; Web Chat when the page opens.
    this.onMembersAdded(async (context, next) => {
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (people.length > 0) {
        await context.sendActivity(messages.common.welcome);
        await this.onConversationOpened(context);
      }
      await next();
    });
  }

  /**
   * One turn at a time per conversation, state saved before the next one starts: in this
   * process (TurnQueue), and across processes when a turn lock is given (PostgreSQL).
   */
  override async run(context: TurnContext): Promise<void> {
    const key = conversationKeyOf(context);
    const lock = this.deps.turnLock;
    await this.queue.run(key, () => (lock ? lock.run(key, () => this.turn(context, key)) : this.turn(context, key)));
  }

  private async turn(context: TurnContext, key: string): Promise<void> {
    const id = context.activity.type === ActivityTypes.Message ? context.activity.id : undefined;
    if (id && (await this.processed.seen(key, id))) {
      this.deps.logger.warn({ activityId: id }, 'duplicate activity ignored');
      return;
    }
    if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, this.dialogStateConfiguration);
    await super.run(context);
    this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION_KEY);
    await this.deps.conversationState.saveChanges(context, false);
    // After the state: a turn cut short (an error, a process killed) is answered again on the channel's retry.
    if (id) await this.processed.remember(key, id, new Date());
  }

  /** Forgets the dialogs of a conversation after an error, so the next message starts afresh. */
  async resetConversation(context: TurnContext): Promise<void> {
    await this.deps.conversationState.delete(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // Teams puts "<at>Assistant</at>" in front of a message that mentions the bot.
    if (context.activity.text) context.activity.text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text;
    // Every prompt and the understanding read at most this much: a pasted novel costs nothing.
    if (context.activity.text && context.activity.text.length > MESSAGE_MAX_LENGTH) {
      context.activity.text = context.activity.text.slice(0, MESSAGE_MAX_LENGTH);
    }
    const user = channelUserOf(context);
    const family = await this.families.familyOf(user, () => this.deps.linking.guardianFor(user), this.deps.families);
    if (!family) {
      const result = await runDialog(this.linkDialogs, this.deps.linkDialog, context);
      if (result === DialogTurnStatus.complete) await this.linkState.delete(context);
      return;
    }
    setFamily(context, family);
    if (await this.relayedToStaff(context)) return;
    await this.deps.notifications?.onLinkedTurn(context, family.guardianId);
    await runDialog(this.mainDialogs, this.deps.mainDialog, context);
  }

  /**
   * A linked parent opens a new conversation (the page reopened, Teams installed): it
   * becomes the one they are reached in, and what is pending (a decision) is told now.
   */
  private async onConversationOpened(context: TurnContext): Promise<void> {
    if (!this.deps.notifications || !context.activity.from?.id) return;
    const user = channelUserOf(context);
    const family = await this.families.familyOf(user, () => this.deps.linking.guardianFor(user), this.deps.families);
    if (family) await this.deps.notifications.onLinkedTurn(context, family.guardianId);
  }

  /** While staff hold the conversation, the parent's messages go to them, not to the dialogs. */
  private async relayedToStaff(context: TurnContext): Promise<boolean> {
    const gate = this.deps.handoff;
    if (!gate) return false;
    const activity = context.activity;
    const ticket = await gate.openTicketOf(activity.channelId, activity.conversation?.id ?? '');
    if (!ticket) return false;
    const now = (this.deps.now ?? (() => new Date()))();
    if (commandOf(activity.text ?? '') === 'backToBot') {
      await gate.leaveByParent(ticket, now);
      await context.sendActivity(messages.handoff.parentBack);
      return true;
    }
    const files = (activity.attachments ?? []).map((attachment) => `[pièce jointe : ${attachment.name ?? attachment.contentType}]`);
    const text = [activity.text ?? '', ...files].filter(Boolean).join(' ');
    // Staff read it in the console: a long paste is cut, as the dialogs cut theirs.
    await gate.relayParentMessage(ticket, (text || '(message vide)').slice(0, RELAYED_MESSAGE_MAX_LENGTH), now);
    if (ticket.status === 'waiting') await context.sendActivity(messages.handoff.relayed);
    return true;
  }
}

const RELAYED_MESSAGE_MAX_LENGTH = 4_000;
/** A message longer than the dialogs read is cut here, once (the main dialog still tells the parent). */
const MESSAGE_MAX_LENGTH = MAX_MESSAGE_LENGTH + 1;

/** Where botbuilder-dialogs' DialogStateManager keeps its configuration in turn state (4.23 memory/dialogStateManager.js). */
const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

function conversationKeyOf(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.conversation?.id}`;
}

async function runDialog(dialogSet: DialogSet, dialog: Dialog, context: TurnContext): Promise<DialogTurnStatus> {
  const dc = await dialogSet.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) return (await dc.beginDialog(dialog.id)).status;
  return result.status;
}
