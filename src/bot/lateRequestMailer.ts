/** A late change ("réservation hors délais", flyer) sent to the service's mailbox through the mail port. */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { MailSender } from '../mail/mailSender';
import type { LateRequestSender } from '../../dialogs/services';
import { frenchDay, frenchList } from '../../dialogs/frenchFormat';
import { fill, messages } from '../../dialogs/messages/catalog';

export class LateRequestMailer implements LateRequestSender {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly mail: MailSender,
    private readonly mailbox: string,
    private readonly timeZone: string,
  ) {}

  async send(request: { guardianId: number; childIds: number[]; days: string[]; kind: 'reserve' | 'cancel'; now: Date }): Promise<void> {
    const m = messages.booking;
    const guardian = await this.prisma.guardian.findUniqueOrThrow({ where: { id: request.guardianId } });
    // Only the guardian's own children: the ids come from a conversation.
    const children = await this.prisma.child.findMany({ where: { id: { in: request.childIds }, familyId: guardian.familyId } });
    const names = frenchList(children.map((child) => `${child.firstName} ${child.lastName}`));
    const sentAt = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: this.timeZone }).format(request.now);
    await this.mail.send({
      to: this.mailbox,
      replyTo: guardian.email,
      subject: fill(m.lateMailSubject, { kind: request.kind === 'reserve' ? 'réservation' : 'annulation', children: names }),
      text: fill(m.lateMailText, {
        guardian: `${guardian.civility} ${guardian.firstName} ${guardian.lastName}`,
        action: request.kind === 'reserve' ? m.lateActionReserve : m.lateActionCancel,
        children: names,
        days: request.days.map((day) => `- ${frenchDay(day)}`).join('\n'),
        sentAt,
        email: guardian.email,
      }),
    });
  }
}
