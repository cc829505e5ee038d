/**
 * Builds the request use cases on a Prisma database: the outbox repository (also the
 * OutboxWorker's queue), the request store and queries. For the composition root, the
 * staff CLI and the tests.
 */
import type { BookingRules } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { MailOutbox } from '../../mail/mailOutbox';
import type { RequestSettings } from '../../requests/ports';
import { RequestUseCases } from '../../requests/requestUseCases';
import { PrismaDocumentMetadataRepository } from '../documents/prismaDocumentMetadataRepository';
import { PrismaOutboxRepository } from '../mail/prismaOutboxRepository';
import { PrismaRequestQueries } from './prismaRequestQueries';
import { PrismaRequestStore } from './prismaRequestStore';

export interface RequestServicesOptions {
  rules: BookingRules;
  settings: RequestSettings;
  /** Right-hand side of Message-IDs: readMailSettings(env).messageIdDomain. */
  messageIdDomain: string;
  /** Called after a committed transaction queued a mail: pass () => worker.wake(). */
  onMailQueued?: () => void;
  /** Called after a decision wrote a notification for a parent: pass () => notifier.wake(). */
  onNotificationQueued?: () => void;
  now?: () => Date;
}

export interface RequestServices {
  requests: RequestUseCases;
  /** Give it to `new OutboxWorker(outboxRepository, sender, options)`. */
  outboxRepository: PrismaOutboxRepository;
  queries: PrismaRequestQueries;
  store: PrismaRequestStore;
  /** For the retention purge: `markPurged: (ids, at) => documentMetadata.markPurged(ids, at)`. */
  documentMetadata: PrismaDocumentMetadataRepository;
}

/** The request use cases, their outbox repository and queries on `prisma`. */
export function createRequestServices(prisma: PrismaClient, options: RequestServicesOptions): RequestServices {
  const outboxRepository = new PrismaOutboxRepository(prisma);
  const outbox = new MailOutbox(outboxRepository, { messageIdDomain: options.messageIdDomain, now: options.now ?? (() => new Date()) });
  const store = new PrismaRequestStore(prisma, outbox);
  const queries = new PrismaRequestQueries(prisma);
  const requests = new RequestUseCases(
    { store, rules: options.rules, settings: options.settings, onMailQueued: options.onMailQueued, onNotificationQueued: options.onNotificationQueued },
    queries,
  );
  return { requests, outboxRepository, queries, store, documentMetadata: new PrismaDocumentMetadataRepository(prisma) };
}
