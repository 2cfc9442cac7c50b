// Shared fixtures: `tr` gives a message in the project's language; `audit` runs axe with the
// WCAG 2.2 AA tag set plus best practice on the current page and fails on any violation.
//
// axe is JavaScript, so on a page opened with JavaScript off it cannot run in place. There the
// audit copies the page exactly as the browser holds it (the HTML the server sent, with no
// script having run) into a second page that may run axe but blocks Candour's own scripts, so
// what is checked is the page a person without JavaScript sees, with its real styles.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { tagFor, translate } from './i18n';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Fixtures = {
  tag: string;
  tr: (id: string, args?: Record<string, string | number>) => string;
  audit: (page?: Page) => Promise<void>;
};

/** Waits until every stylesheet the page links to has arrived and been read, with its rules.
 * axe measures the page it is given, so an audit of a page without its styles would report
 * sizes and colours nobody sees. Twice in CI (about one audit in 300) a page was measured with a
 * stylesheet present but empty — every header and footer link "too small", the skip link shown —
 * so a sheet with no rules counts as missing. A page whose styles are still missing after 10
 * seconds is loaded again once, saying so in the output with what the server answers for the
 * stylesheet now; if they are still missing, the test fails saying so. */
async function stylesApplied(target: Page): Promise<void> {
  const loaded = () =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
      (link) => link.sheet !== null && link.sheet.cssRules.length > 0,
    );
  const missing = async () =>
    target
      .evaluate(() =>
        Promise.all(
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
            .filter((link) => link.sheet === null || link.sheet.cssRules.length === 0)
            .map((link) =>
              fetch(link.href).then(
                async (r) => `${link.href} answers ${r.status} with ${(await r.text()).length} characters`,
                (e) => `${link.href} fails: ${e}`,
              ),
            ),
        ),
      )
      .catch((e) => [`could not ask: ${e}`]);
  for (const attempt of [1, 2]) {
    try {
      await target.waitForFunction(loaded, undefined, { timeout: 10_000 });
      return;
    } catch {
      const answers = (await missing()).join('; ');
      if (attempt === 2) {
        throw new Error(`the stylesheet of ${target.url()} did not load, twice (${answers})`);
      }
      console.warn(`audit: the stylesheet of ${target.url()} was missing; loading the page again (${answers})`);
      await target.reload({ waitUntil: 'load' });
    }
  }
}

/** Waits until the page stops moving: fonts read, and the scroll position and size the same for
 * three frames running. A page arriving at an address with a fragment, or whose error summary
 * takes the focus, scrolls after it has loaded; axe measuring sizes and spacing (target-size)
 * while that happens would report targets where nobody sees them. */
async function layoutSettled(target: Page): Promise<void> {
  await target.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = '';
    for (let same = 0, frames = 0; same < 3 && frames < 120; frames++) {
      await frame();
      const now = [scrollX, scrollY, innerWidth, innerHeight, document.documentElement.scrollHeight].join();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });
}

async function violations(target: Page): Promise<string[]> {
  await stylesApplied(target);
  await layoutSettled(target);
  const results = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
  // Each finding names its elements and says, for the first, what axe measured.
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})` +
      (v.nodes[0]?.failureSummary ? ` — ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')}` : ''),
  );
}

export const test = base.extend<Fixtures>({
  tag: async ({ locale }, use) => {
    await use(tagFor(locale));
  },
  tr: async ({ tag }, use) => {
    await use((id, args) => translate(tag, id, args));
  },
  audit: async ({ page, javaScriptEnabled, browser, locale }, use) => {
    await use(async (target = page) => {
      // A click on a link resolves once the next page starts to arrive; wait for all of it, so
      // axe sees the whole page and not the empty document of a navigation under way.
      await target.waitForLoadState('load');
      if (javaScriptEnabled) {
        expect(await violations(target), `axe on ${target.url()}`).toEqual([]);
        return;
      }
      const url = target.url();
      const html = await target.content();
      const viewport = target.viewportSize();
      const context = await browser.newContext({ javaScriptEnabled: true, locale, viewport });
      try {
        const copy = await context.newPage();
        await copy.route('**/pkg/*.{js,wasm}', (route) => route.abort());
        await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
        await copy.goto(url);
        expect(await violations(copy), `axe on ${url} (JavaScript off)`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
});

export { expect };
