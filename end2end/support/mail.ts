// The emails the test SMTP server (smtp/sink.py) has accepted, each kept as a JSON file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Mail = { from: string; to: string[]; subject: string; body: string };

/** Every email accepted for `address`, oldest first. */
export function mailFor(address: string): Mail[] {
  const folder = process.env.E2E_MAIL_DIR!;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Mail)
    .filter((mail) => mail.to.includes(address));
}
