/**
 * Per-conversation turn locks across processes on PostgreSQL: a session advisory lock
 * (pg_advisory_lock) on a connection of a small pool of its own, held for the turn and
 * released after it. A process killed mid-turn loses its connection, and the server
 * releases the lock with it (kill -9 included).
 *
 * Why a pool of its own: the turn itself runs queries on Prisma's pool; were the lock
 * held on a connection of that pool, N turns waiting for locks could hold every
 * connection the turns under way need. Here a turn waits for a lock connection first
 * (at most `connections` turns of one process run at once), and never for one it holds.
 *
 * A lock waited for longer than `lock_timeout` (default 30 s: a turn stuck that long)
 * fails the turn with PostgreSQL's 55P03 rather than leaving the parent waiting for ever.
 */
import { Pool } from 'pg';
import type { ConversationTurnLock } from '../../bot/turnOrder';
import { poolConfig } from './postgresClient';

/** First key of every turn lock (the setup and server locks use hashtext('periscolaire')). */
const TURN_LOCK_CLASS = "hashtext('periscolaire.turn')";

export interface PostgresTurnLockOptions {
  /** Lock connections of this process (default 10). */
  connections?: number;
  /** Longest wait for one conversation's lock (default 30 s). */
  lockTimeoutMs?: number;
}

export class PostgresTurnLock implements ConversationTurnLock {
  private readonly pool: Pool;

  constructor(url: string, options: PostgresTurnLockOptions = {}) {
    const config = poolConfig(url);
    this.pool = new Pool({
      ...config,
      max: options.connections ?? 10,
      options: `-c lock_timeout=${Math.round(options.lockTimeoutMs ?? 30_000)}`,
      application_name: 'periscolaire-turn-locks',
    });
    this.pool.on('error', () => undefined);
  }

  async run<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(`SELECT pg_advisory_lock(${TURN_LOCK_CLASS}, hashtext($1))`, [conversationKey]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      return await work();
    } finally {
      try {
        await client.query(`SELECT pg_advisory_unlock(${TURN_LOCK_CLASS}, hashtext($1))`, [conversationKey]);
      } catch (error) {
        // Closing the connection releases the lock all the same.
        broken = error as Error;
      }
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
