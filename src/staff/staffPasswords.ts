/**
 * Staff passwords: argon2id through a maintained library (@node-rs/argon2), never
 * stored in clear. The policy is deliberately simple: long enough to resist guessing.
 */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

/** Why a password is refused, in French for the staff member creating the account; undefined when fine. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  }
  if (password.trim() !== password) return 'Le mot de passe ne doit pas commencer ni finir par une espace.';
  return undefined;
}

/** Hashes a password (argon2id, the library's recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches the stored hash; false for any malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
