/**
 * POST /api/messages: the activity checked (400 when malformed), then authenticated and
 * run as one turn (401 when not signed as required, 500 with a short body when the turn
 * fails); the request's single log line says which.
 */
import { AuthenticationError } from 'botframework-connector';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { AssistantAdapter } from './assistantAdapter';
import { parseIncomingActivity } from './incomingActivity';
import { CLIENT_ADDRESS_TURN_KEY } from '../linking/accountLinking';
import { withTurnLogContext } from './logger';
import { noteRequest, requestIdOf, shortErrorBody } from './requestLog';

export interface MessagesRouteDeps {
  adapter: AssistantAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  /**
   * Whether the assistant may later post to this activity's serviceUrl (the local bridge
   * in unauthenticated mode); absent: Bot Framework's authentication decides.
   */
  acceptsServiceUrl?: (activity: Activity, req: Request) => boolean;
  /**
   * The parent's own address, when the request comes straight from their browser (the
   * local bridge), left in turn state for the limits of linking; absent for channels,
   * whose requests come from Bot Framework's servers.
   */
  clientAddressOf?: (req: Request) => string | undefined;
}

export function messagesRoute(deps: MessagesRouteDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = parseIncomingActivity(req.body);
    if (!parsed.ok) {
      noteRequest(req, { problem: `invalid activity (${parsed.problem})` });
      res.send(400, { error: 'invalid activity' });
      return;
    }
    const activity = parsed.activity;
    const context = { conversationId: activity.conversation.id, activityId: activity.id, channelId: activity.channelId };
    noteRequest(req, context);
    if (deps.acceptsServiceUrl && !deps.acceptsServiceUrl(activity, req)) {
      noteRequest(req, { problem: 'serviceUrl not accepted' });
      res.send(400, { error: 'serviceUrl not accepted' });
      return;
    }
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    await withTurnLogContext({ requestId: requestIdOf(req), ...context }, async () => {
      try {
        const clientAddress = deps.clientAddressOf?.(req);
        const answer = await deps.adapter.runActivity(authHeader, activity, (turn) => {
          if (clientAddress) turn.turnState.set(CLIENT_ADDRESS_TURN_KEY, clientAddress);
          return deps.bot.run(turn);
        });
        if (answer?.body === undefined) res.send(answer?.status ?? 200);
        else res.send(answer.status ?? 200, answer.body);
      } catch (error) {
        if (error instanceof AuthenticationError) {
          noteRequest(req, { problem: `unauthorized: ${String((error as Error).message).slice(0, 200)}` });
          if (!res.headersSent) res.send(401, shortErrorBody(401));
          return;
        }
        noteRequest(req, { err: error });
        if (!res.headersSent) res.send(500, shortErrorBody(500));
      }
    });
  };
}
