/** `npm run eval:nlu -- … | head` : the report stops being read early, the tool ends quietly (no EPIPE crash). */
import { spawn } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '../../..');

test('eval:nlu piped into a reader that stops after the first lines exits 0 with nothing on stderr', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'eval-nlu.ts'), 'eval/sets/own-test.jsonl', 'eval/sets/tune.jsonl'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  // Like `head -1`: read the first chunk, then close the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
