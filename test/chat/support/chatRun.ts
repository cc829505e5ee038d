/**
 * Runs `npm run chat` (scripts/chat.ts through tsx, standard input not a terminal: one
 * message per line) without blocking this process, and reads its output back as the
 * replies to each line, typographic spaces shown as plain ones.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { plainSpaces } from '../../../src/domain/frenchTypography';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface ChatRun {
  status: number | null;
  /** Exactly what was printed. */
  stdout: string;
  stderr: string;
  /** What was printed after each line sent (typographic spaces as plain spaces). */
  replies: Array<{ said: string; reply: string }>;
}

export function runChat(lines: string[], options: { now: string; as?: string; env: NodeJS.ProcessEnv }): Promise<ChatRun> {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const args = [tsx, path.join(ROOT, 'scripts', 'chat.ts'), '--as', options.as ?? 'camille.martin@example.fr', '--now', options.now];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise((resolve) =>
    child.on('close', (status) => {
      const replies = plainSpaces(stdout)
        .split(/^> /m)
        .slice(1)
        .map((block) => {
          const [said, ...rest] = block.split('\n');
          return { said, reply: rest.join('\n').trim() };
        });
      resolve({ status, stdout, stderr, replies });
    }),
  );
}
