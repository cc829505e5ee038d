/**
 * Staff accounts of the console (/staff):
 *
 *   npm run staff -- create --email agent@joinvillelepont.fr --name "Agent Dupont"
 *   npm run staff -- reset-password --email agent@joinvillelepont.fr
 *
 * The password is read from standard input (typed without echo on a terminal, or piped
 * as one line), never from the command line where it would stay in the shell history.
 */
import { createInterface } from 'node:readline';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { databaseUrlFromEnv } from '../src/infrastructure/database/databaseUrl';
import { UsageError, runCommand } from '../src/cli/runCommand';
import { PrismaStaffStore } from '../src/infrastructure/staff/prismaStaffStore';
import { StaffAuth } from '../src/staff/staffAuth';

const USAGE = 'usage : npm run staff -- create --email ADRESSE --name "Prénom Nom" [--agent] | reset-password --email ADRESSE';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new UsageError('Mot de passe attendu sur l’entrée standard.');
  }
  process.stdout.write('Mot de passe (12 caractères au moins) : ');
  process.stdin.setRawMode(true);
  process.stdin.resume();
  return new Promise((resolve) => {
    let password = '';
    process.stdin.on('data', (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          resolve(password);
          return;
        }
        if (char === '\u0003') process.exit(130);
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    });
  });
}

runCommand(async (args) => {
  const [command] = args;
  const email = option(args, '--email');
  if (!email || (command !== 'create' && command !== 'reset-password')) throw new UsageError(USAGE);
  const name = option(args, '--name');
  if (command === 'create' && !name) throw new UsageError(USAGE);
  const password = await readPassword();
  const prisma = await createPrismaClient(databaseUrlFromEnv());
  try {
    const auth = new StaffAuth(new PrismaStaffStore(prisma));
    if (command === 'create') {
      // The command line makes the first account: an administrator, who manages the others in the console.
      const account = await auth.createAccount(email, name as string, password, new Date(), args.includes('--agent') ? 'agent' : 'admin');
      console.log(`Compte créé pour ${account.displayName} <${account.email}>.`);
    } else {
      await auth.resetPassword(email, password);
      console.log(`Mot de passe changé pour ${email} ; ses sessions ouvertes sont fermées.`);
    }
  } finally {
    await prisma.$disconnect();
  }
});
