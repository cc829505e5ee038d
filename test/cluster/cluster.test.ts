/**
 * Several assistant processes on one PostgreSQL, as a town runs them behind its reverse
 * proxy: three processes of the real assistant, a small round-robin proxy in front (each
 * message of a conversation may reach any of them), a channel's connector that records
 * what the assistant sends outside of a turn, and a real SMTP peer.
 *
 * - 50 parents race for the last 10 places of a Wednesday: exactly 10 are booked.
 * - One message delivered to two processes at once is answered once (one booking).
 * - A hand-over taken on one process: the parent's messages, answered by the others, go
 *   to staff, and the staff reply reaches the parent.
 * - kill -9 of one process under load: no booking lost (each parent's channel retries),
 *   no mail sent twice, and every parent's next message is answered.
 *
 * - SIGTERM to a process with turns in flight: each is answered, then it exits with 0.
 *
 * PostgreSQL only (TEST_DATABASE=postgresql): an embedded SQLite file serves one process.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { PrismaOutboxRepository } from '../../src/infrastructure/mail/prismaOutboxRepository';
import { PrismaStaffStore } from '../../src/infrastructure/staff/prismaStaffStore';
import { PrismaAttemptStore } from '../../src/security/prismaAttemptStore';
import { StaffAuth } from '../../src/staff/staffAuth';
import { plainSpaces } from '../../src/domain/frenchTypography';
import { StaffBrowser } from '../server/support/staffBrowser';
import { createTestDatabase, testProvider } from '../infrastructure/support/testDatabase';
import type { TestDatabase } from '../infrastructure/support/testDatabase';

const onPostgres = testProvider() === 'postgresql' ? describe : describe.skip;
jest.setTimeout(120_000);

/** Monday 2 March 2026, 10:00 in Paris: the service is open, Wednesdays 11 and 18 March still bookable. */
const NOW = '2026-03-02T09:00:00Z';
const RACE_DAY = '2026-03-11';
const CHANNEL = 'cluster';
const PARENTS = 50;
const PLACES = 10;

interface Activity {
  type?: string;
  text?: string;
  id?: string;
}

/** What a channel does: posts the activity, and posts the same one again after a failure (same id). */
class Parent {
  readonly conversationId = `conv-${randomUUID()}`;
  constructor(
    readonly userId: string,
    readonly child: string,
    private readonly endpoint: () => string,
    private readonly serviceUrl: string,
  ) {}

  activity(text: string, id = randomUUID()) {
    return {
      type: 'message',
      id,
      channelId: CHANNEL,
      serviceUrl: this.serviceUrl,
      deliveryMode: 'expectReplies',
      from: { id: this.userId, name: 'parent' },
      recipient: { id: 'assistant', name: 'assistant' },
      conversation: { id: this.conversationId },
      locale: 'fr-FR',
      timestamp: new Date().toISOString(),
      text,
    };
  }

  /** Sends a message; a failed delivery (a process killed) is delivered again, up to 5 times. */
  async say(text: string, endpoint = this.endpoint()): Promise<string[]> {
    const activity = this.activity(text);
    for (let attempt = 1; ; attempt++) {
      try {
        return await post(endpoint, activity);
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }
}

async function post(endpoint: string, activity: object): Promise<string[]> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { activities?: Activity[] };
  return (body.activities ?? []).filter((a) => a.type === 'message').map((a) => plainSpaces(a.text ?? ''));
}

/** A round-robin reverse proxy: a backend that refuses the connection is skipped, as a town's proxy does. */
function startProxy(backends: () => number[]): Promise<http.Server> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const ports = backends();
      const tryBackend = (left: number) => {
        const port = ports[next++ % ports.length];
        const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          // A backend killed while answering: the client sees a cut connection and retries.
          answer.on('error', () => res.destroy());
          answer.pipe(res);
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED' && left > 1) return tryBackend(left - 1);
          if (!res.headersSent) res.writeHead(502).end();
          else res.destroy();
        });
        upstream.end(body);
      };
      tryBackend(ports.length);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The channel's connector: what the assistant sends outside of a turn, by conversation. */
function startConnector(received: Map<string, string[]>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (match && req.method === 'POST') {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
        const conversation = decodeURIComponent(match[1]);
        received.set(conversation, [...(received.get(conversation) ?? []), plainSpaces(activity.text ?? '')]);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: randomUUID() }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every assistant process the suite started, killed at the end whatever happened. */
const spawned: ChildProcess[] = [];

/** Starts one assistant process; fails with its error output if it is not listening within `startMs`. */
function startNode(env: NodeJS.ProcessEnv, startMs = 240_000): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support', 'clusterNode.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.push(child);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`assistant process not listening after ${startMs / 1000} s: ${errors.slice(-2000)}`));
    }, startMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`assistant process exited (${code}): ${errors.slice(-2000)}`));
    });
  });
}

const listening = (server: http.Server | SMTPServer) =>
  (((server as unknown as { server?: http.Server }).server ?? (server as http.Server)).address() as AddressInfo).port;

onPostgres('three assistant processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let proxy: http.Server;
  let connector: http.Server;
  let smtp: SMTPServer;
  const mails: string[] = [];
  const proactive = new Map<string, string[]>();
  let nodes: { child: ChildProcess; port: number }[] = [];
  let parents: Parent[] = [];
  let raceDayId: number;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, done) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += String(chunk)));
        stream.on('end', () => {
          mails.push(/^Message-ID:\s*(\S+)/im.exec(text)?.[1] ?? 'none');
          done();
        });
      },
    });
    // The process killed below may die in the middle of a mail: smtp-server reports that
    // broken connection as an error event, which must not crash the suite.
    smtp.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    connector = await startConnector(proactive);
    proxy = await startProxy(() => nodes.filter((node) => node.child.exitCode === null && node.child.signalCode === null).map((node) => node.port));

    // The race: the last 10 places of Wednesday 11 March at Parangon, 50 families with one child there each.
    const site = await db.prisma.site.findUniqueOrThrow({ where: { code: 'parangon' }, include: { schools: true } });
    const raceDay = await db.prisma.bookableDay.findFirstOrThrow({ where: { siteId: site.id, day: RACE_DAY, activityCode: 'mercredi' } });
    raceDayId = raceDay.id;
    await db.prisma.bookableDay.update({ where: { id: raceDay.id }, data: { capacity: PLACES } });
    const endpoint = () => `http://127.0.0.1:${listening(proxy)}/api/messages`;
    const serviceUrl = `http://127.0.0.1:${listening(connector)}/`;
    for (let i = 0; i < PARENTS; i++) {
      const firstName = `Enfant${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
      const family = await db.prisma.family.create({
        data: {
          name: `Famille Cluster ${i}`,
          guardians: { create: { civility: 'Mme', lastName: `Cluster${i}`, firstName: 'Alex', email: `parent${i}@cluster.example.fr` } },
          children: { create: { firstName, lastName: `Cluster${i}`, birthDate: '2018-05-04', schoolId: site.schools[0].id, className: 'CE2' } },
        },
        include: { guardians: true },
      });
      const userId = `cluster-parent-${i}`;
      await db.prisma.channelAccount.create({ data: { channelId: CHANNEL, channelUserId: userId, guardianId: family.guardians[0].id, linkedAt: new Date(NOW) } });
      parents.push(new Parent(userId, firstName, endpoint, serviceUrl));
    }

    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: db.url,
      CLUSTER_NOW: NOW,
      MicrosoftAppId: '',
      ALLOW_EMULATOR: 'true',
      SMTP_URL: `smtp://127.0.0.1:${listening(smtp)}`,
      SMTP_STARTTLS: 'disabled',
      MAIL_FROM: 'Assistant périscolaire <ne-pas-repondre@joinvillelepont.fr>',
    };
    nodes = await Promise.all([startNode(env), startNode(env), startNode(env)]);
    // Three processes compiling and warming their language model at once, beside other suites: slow on a busy machine.
  }, 300_000);

  afterAll(async () => {
    // Every process spawned, started or not (a failed start must not leave one behind).
    for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const closing = (server: { close(done: () => void): unknown } | undefined) => (server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve());
    proxy?.closeAllConnections();
    connector?.closeAllConnections();
    await Promise.all([closing(proxy), closing(connector), closing(smtp)]);
    await db?.destroy();
  });

  const booked = (bookableDayId: number) => db.prisma.booking.count({ where: { bookableDayId, status: 'booked' } });

  test('50 parents race for the last 10 places: exactly 10 are booked, and every parent has an answer', async () => {
    const answers = await Promise.all(
      parents.map(async (parent) => {
        const asked = await parent.say(`inscrire ${parent.child} mercredi 11 mars`);
        const confirmed = await parent.say('oui');
        return [asked, confirmed];
      }),
    );
    for (const [asked, confirmed] of answers) {
      expect(asked.length).toBeGreaterThan(0);
      expect(confirmed.length).toBeGreaterThan(0);
    }
    expect(await booked(raceDayId)).toBe(PLACES);
  });

  test('one message delivered to two processes at once is answered once: one booking', async () => {
    const parent = parents[0];
    await db.prisma.booking.deleteMany({ where: { child: { firstName: parent.child }, bookableDay: { day: '2026-03-18' } } });
    const [first, second] = nodes.map((node) => `http://127.0.0.1:${node.port}/api/messages`);
    await parent.say(`inscrire ${parent.child} mercredi 18 mars`, first);
    const yes = parent.activity('oui');
    const [a, b] = await Promise.all([post(first, yes), post(second, yes)]);
    expect([a.length > 0, b.length > 0].sort()).toEqual([false, true]);
    expect(await db.prisma.booking.count({ where: { child: { firstName: parent.child }, bookableDay: { day: '2026-03-18' }, status: 'booked' } })).toBe(1);
  });

  test('a hand-over taken on one process reaches the parent served by the others', async () => {
    const parent = parents[1];
    const staffPort = nodes[2].port;
    const staffAuth = new StaffAuth(new PrismaStaffStore(db.prisma), { attempts: new PrismaAttemptStore(db.prisma) });
    await staffAuth.createAccount('agent@joinvillelepont.fr', 'Sophie Durand', 'mot de passe du service', new Date(NOW));
    // Each message goes to a process of its own, the console to a third.
    expect((await parent.say("je voudrais parler à quelqu'un", `http://127.0.0.1:${nodes[0].port}/api/messages`))[0]).toMatch(/^Je transmets votre demande/);
    expect(await parent.say('Mon fils a oublié son manteau, est-il chez vous ?', `http://127.0.0.1:${nodes[1].port}/api/messages`)).toEqual([
      expect.stringMatching(/^Message transmis au service/),
    ]);
    const staff = new StaffBrowser(`http://127.0.0.1:${staffPort}`);
    expect(await staff.login('agent@joinvillelepont.fr', 'mot de passe du service')).toBe(303);
    const ticketId = (await db.prisma.handoff.findFirstOrThrow({ where: { conversationId: parent.conversationId } })).id;
    expect(await staff.get(`/staff/conversations/${ticketId}`)).toContain('manteau');
    expect(await staff.post(`/staff/conversations/${ticketId}/take`)).toBe(303);
    expect(await staff.post(`/staff/conversations/${ticketId}/reply`, { message: 'Bonjour, oui : il est à l’accueil.' })).toBe(303);
    expect(proactive.get(parent.conversationId)).toEqual([
      'Sophie Durand, du service périscolaire, a rejoint la conversation.',
      // A person writes: signed with the agent's first name (issue 12).
      '**Sophie (service périscolaire)** : Bonjour, oui : il est à l’accueil.',
    ]);
    // Answered by yet another process: still the staff's conversation, not the bot's.
    expect(await parent.say('Merci beaucoup !', `http://127.0.0.1:${nodes[0].port}/api/messages`)).toEqual([]);
    expect(await staff.get(`/staff/conversations/${ticketId}/transcript`)).toContain('Merci beaucoup !');
    expect(await staff.post(`/staff/conversations/${ticketId}/release`)).toBe(303);
    expect(proactive.get(parent.conversationId)?.[2]).toMatch(/^La personne du service a terminé/);
  });

  test('kill -9 of one process under load: no booking lost, no mail twice, every next message answered', async () => {
    const outbox = new PrismaOutboxRepository(db.prisma);
    const queuedAt = new Date();
    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 40; i++) {
        const payload = JSON.stringify({ to: `parent${i}@cluster.example.fr`, subject: `Avis ${i}`, text: 'Bonjour.' });
        await outbox.insert(tx, { messageId: `<cluster-${i}-${randomUUID()}@joinvillelepont.fr>`, payload, createdAt: queuedAt, nextAttemptAt: queuedAt });
      }
    });
    const wednesday18 = await db.prisma.bookableDay.findFirstOrThrow({ where: { day: '2026-03-18', activityCode: 'mercredi', site: { code: 'parangon' } } });
    const loaders = parents.slice(2, 32);
    let answered = 0;
    const victim = nodes[1].child;
    const load = Promise.all(
      loaders.map(async (parent) => {
        await parent.say(`inscrire ${parent.child} mercredi 18 mars`);
        if (++answered === 10) victim.kill('SIGKILL');
        return parent.say('oui');
      }),
    );
    await load;
    expect(victim.signalCode).toBe('SIGKILL');
    // No booking lost: every parent who was told "oui" has their place.
    const children = await db.prisma.booking.findMany({
      where: { bookableDayId: wednesday18.id, status: 'booked', child: { firstName: { in: loaders.map((p) => p.child) } } },
      select: { childId: true },
    });
    expect(children).toHaveLength(loaders.length);
    // Every parent's next message is answered (by the processes still running).
    const next = await Promise.all(loaders.map((parent) => parent.say("qu'est-ce que j'ai réservé la semaine prochaine ?")));
    for (const replies of next) expect(replies.length).toBeGreaterThan(0);
    // Mail: none twice; every mail sent, but those the killed process held (sent after its lease ends).
    const deadline = Date.now() + 20_000;
    for (;;) {
      const rows = await db.prisma.outboxMail.findMany({ where: { messageId: { startsWith: '<cluster-' } } });
      const sent = rows.filter((row) => row.status === 'sent');
      const heldByTheDead = rows.filter((row) => row.status === 'pending' && row.lockedUntil && row.lockedUntil > new Date());
      if (sent.length + heldByTheDead.length === rows.length || Date.now() > deadline) {
        expect(sent.length + heldByTheDead.length).toBe(40);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const clusterMails = mails.filter((id) => id.startsWith('<cluster-'));
    expect(new Set(clusterMails).size).toBe(clusterMails.length);
  });

  test('SIGTERM with turns in flight: each is answered, then the process exits cleanly', async () => {
    const node = nodes[2];
    const exited = new Promise<number | null>((resolve) => node.child.once('exit', (code) => resolve(code)));
    const direct = `http://127.0.0.1:${node.port}/api/messages`;
    const inFlight = parents.slice(32, 42).map((parent) => post(direct, parent.activity(`inscrire ${parent.child} mercredi 18 mars`)));
    // Once the first is answered, the others (sent together) are in the server's hands.
    await Promise.race(inFlight);
    node.child.kill('SIGTERM');
    for (const replies of await Promise.all(inFlight)) expect(replies.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
  });
});
