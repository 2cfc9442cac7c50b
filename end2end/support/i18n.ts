// Reads Candour's own Fluent files, so specs find things by the words a person sees in each
// language, without copying those words into the tests. Candour's messages are single-line
// `id = text` with `{ $name }` variables, which is all this reader handles.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const localesDir = path.resolve(__dirname, '../../locales');
const cache = new Map<string, Map<string, string>>();

function messages(tag: string): Map<string, string> {
  let found = cache.get(tag);
  if (!found) {
    found = new Map();
    const dir = path.join(localesDir, tag);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const match = /^([a-z0-9-]+) = (.*)$/.exec(line);
        if (match) found.set(match[1], match[2]);
      }
    }
    cache.set(tag, found);
  }
  return found;
}

/** The locale tag Candour uses for a Playwright `locale` option. */
export function tagFor(locale: string | undefined): string {
  return locale?.startsWith('cy') ? 'cy' : 'en-GB';
}

/** Message `id` in `tag`, with variables filled in. Throws on a missing id. */
export function translate(tag: string, id: string, args: Record<string, string | number> = {}): string {
  const text = messages(tag).get(id);
  if (text === undefined) throw new Error(`no message ${id} in ${tag}`);
  return text.replace(/\{ \$([a-z_]+) \}/g, (_, name: string) => String(args[name] ?? `{$${name}}`));
}
