/**
 * A demo staff account for the console (/staff), so that a fresh clone can try the
 * hand-over: demo data only (SEED_DEMO=false leaves it out), its password written in
 * the README. Real accounts are created with `npm run staff -- create`.
 */
import type { PrismaClient } from '../../src/generated/prisma/client';
import { hashPassword } from '../../src/staff/staffPasswords';

export const DEMO_STAFF = {
  email: 'agent.demo@example.fr',
  displayName: 'Agent de démonstration',
  password: 'demo-periscolaire-2026',
} as const;

/** Creates the demo staff account once; never changes an existing one. */
export async function seedDemoStaff(prisma: PrismaClient): Promise<void> {
  const existing = await prisma.staffAccount.findUnique({ where: { email: DEMO_STAFF.email } });
  if (existing) return;
  await prisma.staffAccount.create({
    data: {
      email: DEMO_STAFF.email,
      displayName: DEMO_STAFF.displayName,
      passwordHash: await hashPassword(DEMO_STAFF.password),
      // The demo account can try the accounts page too.
      role: 'admin',
      createdAt: new Date(),
    },
  });
}
