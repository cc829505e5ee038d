/**
 * CloudAdapter, entered one step further in: the route validates the activity itself
 * (src/server/incomingActivity.ts) and answers errors itself, where CloudAdapter.process
 * would print every refused request's stack trace on standard error and send its
 * internal message back to whoever posted.
 */
import { CloudAdapter } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

export class AssistantAdapter extends CloudAdapter {
  /**
   * Authenticates the request (`authHeader`, as Bot Framework requires when an app id is
   * set) and runs `logic` for `activity`. Throws botframework-connector's
   * AuthenticationError when the request is not signed as it must be.
   */
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
