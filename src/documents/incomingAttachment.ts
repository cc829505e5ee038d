/**
 * Attachments as the channels deliver them, reduced to where the file is: a URL to fetch
 * or a data: URL. Structurally compatible with botbuilder's Attachment, without
 * importing it (this folder knows nothing of the channel SDK).
 */
import { z } from 'zod';

/** The fields of a Bot Framework attachment this folder reads. */
export interface IncomingAttachment {
  contentType: string;
  contentUrl?: string;
  content?: unknown;
  name?: string;
}

/** Where the bytes are. */
export type AttachmentSource = { kind: 'url'; url: string; name?: string } | { kind: 'data'; dataUrl: string; name?: string };

/** Teams 1:1 file consent/upload result: the file is in the user's OneDrive, behind `downloadUrl`. */
export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const teamsDownloadInfo = z.object({ downloadUrl: z.string().min(1), fileType: z.string().optional() });

/** Message bodies and cards that travel as attachments but are not files. */
const NOT_FILES = [/^text\/html$/i, /^application\/vnd\.microsoft\.card\./i, /^application\/vnd\.microsoft\.teams\.card\./i];

/**
 * Where the file of one attachment is, or undefined when it carries none:
 * Teams download info → its downloadUrl; Web Chat and Emulator → contentUrl
 * (http(s), or data: when the page inlines the upload).
 */
export function sourceOfAttachment(attachment: IncomingAttachment): AttachmentSource | undefined {
  const name = attachment.name;
  if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
    const info = teamsDownloadInfo.safeParse(attachment.content);
    return info.success ? { kind: 'url', url: info.data.downloadUrl, name } : undefined;
  }
  if (NOT_FILES.some((pattern) => pattern.test(attachment.contentType))) return undefined;
  const url = attachment.contentUrl?.trim();
  if (!url) return undefined;
  return /^data:/i.test(url) ? { kind: 'data', dataUrl: url, name } : { kind: 'url', url, name };
}

/** The attachments of an activity that carry a file (Teams adds an HTML copy of the message, skipped). */
export function fileAttachments(attachments: readonly IncomingAttachment[] | undefined): IncomingAttachment[] {
  return (attachments ?? []).filter((attachment) => sourceOfAttachment(attachment) !== undefined);
}
