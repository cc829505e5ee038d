/**
 * Web Chat and the Emulator render message text as Markdown, where a single line break
 * is ignored: "Voici le résultat :\n• Inès…" would show on one line. This middleware
 * turns single line breaks into Markdown hard breaks for those channels only; the
 * dialogs keep writing plain lines.
 */
import type { Middleware, TurnContext } from 'botbuilder';

const MARKDOWN_CHANNELS = new Set(['webchat', 'directline', 'emulator']);

/** "a\nb" → "a  \nb"; paragraph breaks ("\n\n") are left alone. */
export function withHardLineBreaks(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

export class MarkdownLineBreaks implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (MARKDOWN_CHANNELS.has(context.activity.channelId)) {
      context.onSendActivities(async (_ctx, activities, send) => {
        for (const activity of activities) {
          if (activity.type === 'message' && activity.text && activity.textFormat !== 'plain') {
            activity.text = withHardLineBreaks(activity.text);
          }
        }
        return send();
      });
    }
    await next();
  }
}
