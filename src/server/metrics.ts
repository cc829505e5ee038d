/**
 * What a town's monitoring (Prometheus) reads of one assistant process, in Prometheus's
 * text format (prom-client): turns answered and failed, turn latency, and, read from the
 * database at each scrape, the outbox's depth, the open hand-over tickets and the
 * notices not yet told. The process's own figures (CPU, memory, event loop) come with
 * prom-client's default metrics. The database figures are the cluster's, whichever
 * process is scraped.
 *
 * Served on a listener of its own (src/server/metricsServer.ts), not on the public port.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The database figures, read at each scrape. */
export interface MetricsSources {
  /** Mails waiting in the outbox (status pending). */
  outboxDepth(): Promise<number>;
  /** Hand-over tickets waiting for staff or held by them. */
  openTickets(): Promise<{ waiting: number; active: number }>;
  /** Notices never told (`pending`), and e-mailed but not yet told in a conversation (`failed`). */
  notificationsPending(): Promise<{ pending: number; failed: number }>;
}

export class AssistantMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'outcome'>;
  private readonly latency: Histogram;

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'periscolaire_' });
    this.turns = new Counter({
      name: 'periscolaire_turns_total',
      help: 'Turns run (one per activity received), by outcome: ok or error (the parent read an apology).',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'periscolaire_turn_duration_seconds',
      help: 'Time from an activity received to its turn done (waiting for the conversation included).',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    new Gauge({
      name: 'periscolaire_outbox_depth',
      help: 'Mails in the outbox not sent yet (the whole database).',
      registers: [this.registry],
      async collect() {
        this.set(await sources.outboxDepth());
      },
    });
    new Gauge({
      name: 'periscolaire_handoff_open_tickets',
      help: 'Hand-over tickets open, by status: waiting for staff, or active (held by staff).',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const open = await sources.openTickets();
        this.set({ status: 'waiting' }, open.waiting);
        this.set({ status: 'active' }, open.active);
      },
    });
    new Gauge({
      name: 'periscolaire_notifications_pending',
      help: 'Notices not yet told to parents: pending (not even e-mailed), failed (e-mailed, not yet told in a conversation).',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const pending = await sources.notificationsPending();
        this.set({ status: 'pending' }, pending.pending);
        this.set({ status: 'failed' }, pending.failed);
      },
    });
  }

  /** Runs one turn, counting it and timing it; a failure is counted and passed on. */
  async turn<T>(work: () => Promise<T>): Promise<T> {
    const stop = this.latency.startTimer();
    try {
      const result = await work();
      this.turns.inc({ outcome: 'ok' });
      return result;
    } catch (error) {
      this.turns.inc({ outcome: 'error' });
      throw error;
    } finally {
      stop();
    }
  }

  /** The text Prometheus scrapes. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
