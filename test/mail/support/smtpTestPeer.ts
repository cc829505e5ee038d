/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server, no TLS, no auth), which parses
 * every mail it accepts with mailparser. It can be stopped and started again on the same
 * port to play an outage.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export class SmtpTestPeer {
  readonly received: ParsedMail[] = [];
  /** Connections a sender broke in the middle of a mail (smtp-server reports them as errors). */
  readonly brokenConnections: Error[] = [];
  private server: SMTPServer | undefined;
  private boundPort = 0;

  /** Listens on 127.0.0.1 (port 0 = any free port the first time; the same port on restart). */
  async start(port = this.boundPort): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        // Once listening, an error is a sender gone in the middle of a mail: kept, never thrown.
        server.on('error', (error) => this.brokenConnections.push(error));
        resolve();
      });
    });
    this.server = server;
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('SMTP peer has no address');
    this.boundPort = address.port;
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  /** SMTP_URL-style settings pointing at this peer. */
  get url(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  /** Stops listening; the port stays known for a later start(). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until at least `count` mails have arrived (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${this.received.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received;
  }
}
