/**
 * `npm run mail:peer`: a local SMTP peer for demos and manual tests. It listens on
 * 127.0.0.1 (MAIL_PEER_PORT, default 2525) and prints every mail it receives. Point the
 * assistant at it with SMTP_URL=smtp://127.0.0.1:2525 and SMTP_STARTTLS=disabled.
 * Development only (smtp-server and mailparser are dev dependencies).
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const port = Number(process.env.MAIL_PEER_PORT ?? 2525);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onAuth: (_auth, _session, callback) => callback(null, { user: 'local' }),
  onData: (stream, _session, callback) => {
    simpleParser(stream)
      .then((mail) => {
        const line = '─'.repeat(72);
        const attachments = mail.attachments.map((a) => `${a.filename ?? '(sans nom)'} (${a.contentType}, ${a.size} octets)`).join(', ') || 'aucune';
        process.stdout.write(
          `${line}\nMessage-ID : ${mail.messageId}\nDate       : ${mail.date?.toISOString()}\nDe         : ${mail.from?.text}\n` +
            `À          : ${Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to?.text}\nRépondre à : ${mail.replyTo?.text ?? '-'}\n` +
            `Objet      : ${mail.subject}\nPièces     : ${attachments}\n\n${mail.text ?? ''}\n`,
        );
        callback();
      })
      .catch(callback);
  },
});
// A sender that goes away in the middle of a mail (killed, network cut) is reported, not fatal.
server.on('error', (error: NodeJS.ErrnoException) => process.stderr.write(`Connexion SMTP interrompue : ${error.code ?? error.message}\n`));
server.listen(port, '127.0.0.1', () => process.stderr.write(`Pair SMTP local à l'écoute : smtp://127.0.0.1:${port} (Ctrl+C pour arrêter)\n`));
process.on('SIGINT', () => server.close(() => process.exit(0)));
