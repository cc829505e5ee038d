/** A PostgreSQL that cannot be reached stops start-up with one clear line, the password hidden. */
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { DatabaseUnavailableError } from '../../../src/infrastructure/database/postgresClient';

test('an unreachable server: DatabaseUnavailableError naming the server without the password, on one line', async () => {
  const attempt = createPrismaClient('postgresql://app:s3cret@127.0.0.1:1/periscolaire');
  await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
  const message = await attempt.catch((error: Error) => error.message);
  expect(message).toMatch(/^PostgreSQL injoignable \(postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/periscolaire\) : .*127\.0\.0\.1:1/);
  expect(message).not.toContain('s3cret');
  expect(message).not.toContain('\n');
});
