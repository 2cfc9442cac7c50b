// Every page in the router, opened by someone who may open it, at 320 pixels wide: it has a
// heading, does not scroll sideways, and axe finds nothing (JavaScript on and off, English and
// Welsh). The list of pages is read from app/src/routes.rs, which a unit test keeps equal to the
// router, so a new page fails "every page in the router is in the crawl" until it is added below.
import { test, expect } from '../support/fixtures';
import { crawlPerson, crawlPersonId, crawlPersonRef } from '../support/people';
import { sayWhy, signInAsStaff } from '../support/staff';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';

const routesSource = readFileSync(path.join(__dirname, '../../app/src/routes.rs'), 'utf8');
const ROUTES = [...routesSource.split('pub const PAGE_ROUTES')[1].split('];')[0].matchAll(/"([^"]+)"/g)].map((m) => m[1]);

type Actor = 'visitor' | 'person' | 'caseworker' | 'privacy_officer' | 'comms_officer';

/** Who opens each page in the crawl: someone the access policy lets in (the access matrix in
 * server/tests/binary/access_matrix.rs checks everyone else is kept out). */
const WHO: Record<string, Actor> = {
  '/': 'visitor',
  '/accessibility': 'visitor',
  '/cookies': 'visitor',
  '/privacy': 'visitor',
  '/contact': 'visitor',
  '/leaflets': 'visitor',
  '/leaflets/:name': 'visitor',
  '/sign-in': 'visitor',
  '/signed-out': 'visitor',
  '/sign-in/problem': 'visitor',
  '/demo/sign-in': 'visitor',
  '/problem': 'visitor',
  '/problem/cross-site': 'visitor',
  '/problem/too-many': 'visitor',
  '/problem/too-large': 'visitor',
  '/account': 'person',
  '/account/accept': 'person',
  '/record': 'person',
  '/record/:id': 'person',
  '/sharing': 'person',
  '/sharing/:id': 'person',
  '/access-log': 'person',
  '/access-log/:look/ask': 'person',
  '/what-we-hold': 'person',
  '/consents': 'person',
  '/consents/:id/change': 'person',
  '/consents/:id/changed': 'person',
  '/requests': 'person',
  '/requests/new': 'person',
  '/requests/new/about': 'person',
  '/requests/new/contact': 'person',
  '/requests/new/check': 'person',
  '/requests/:reference': 'person',
  '/requests/:reference/copy': 'person',
  '/requests/:reference/disagree': 'person',
  '/account/delegates': 'person',
  '/account/delegates/invite': 'person',
  '/account/delegates/invited': 'person',
  '/notifications': 'person',
  '/messages': 'person',
  '/staff/requests': 'privacy_officer',
  '/staff/requests/:reference': 'privacy_officer',
  '/staff/requests/new': 'caseworker',
  '/staff/accuracy': 'caseworker',
  '/staff/delegates/new': 'caseworker',
  '/staff/delegates/registered': 'caseworker',
  '/staff/delegates/approvals': 'caseworker',
  '/staff/consents': 'caseworker',
  '/staff/people': 'caseworker',
  '/staff/people/:person': 'caseworker',
  '/staff/sharing/not-told': 'caseworker',
  '/staff/questions': 'privacy_officer',
  '/staff/questions/:id': 'privacy_officer',
  '/staff/alerts': 'privacy_officer',
  '/staff/alerts/:id': 'privacy_officer',
  '/staff/people/:person/why': 'caseworker',
  '/staff/people/:person/record/:entry': 'caseworker',
  '/staff/people/:person/sharing/new': 'caseworker',
  '/staff/people/:person/sharing/new/information': 'caseworker',
  '/staff/people/:person/sharing/new/purpose': 'caseworker',
  '/staff/people/:person/sharing/new/basis': 'caseworker',
  '/staff/people/:person/sharing/new/grounds': 'caseworker',
  '/staff/people/:person/sharing/new/telling': 'caseworker',
  '/staff/people/:person/sharing/new/check': 'caseworker',
  '/staff/people/:person/sharing/recorded/:id': 'caseworker',
  '/staff/leaflets': 'comms_officer',
  '/staff/organisation': 'comms_officer',
  '/staff/organisation/logo': 'comms_officer',
};

/** The addresses of the person's things, made before the crawl. */
type Things = { entry: string; copy: string; refused: string; ask: string };

test('every page in the router is in the crawl', () => {
  expect(ROUTES.length).toBeGreaterThan(30);
  expect(ROUTES.filter((route) => !(route in WHO))).toEqual([]);
});


/** A form POST to a server function from this site, as a browser without JavaScript sends it. */
async function send(page: Page, endpoint: string, form: Record<string, string>) {
  const origin = new URL(page.url()).origin;
  const answer = await page.request.post(`/api/${endpoint}`, { form, headers: { Origin: origin, Accept: 'application/json' } });
  expect(answer.status(), `${endpoint}: ${await answer.text()}`).toBeLessThan(400);
}

/** Today in London, as the date fields take it. */
function today(): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { on_day: part('day'), on_month: part('month'), on_year: part('year') };
}

async function newestRequest(page: Page): Promise<string> {
  await page.goto('/requests');
  return (await page.locator('a[href^="/requests/CR-"]').first().getAttribute('href'))!;
}

/** The person asks for a copy (answered by a privacy officer) and a correction (refused), so
 * their request pages have something to show. */
async function personWithThings(page: Page, browser: Browser, tr: (id: string) => string, options: object): Promise<Things> {
  await crawlPerson(page, tr);
  await page.goto('/record');
  const entry = (await page.locator('a[href^="/record/"]').first().getAttribute('href'))!;
  const ask = async (right: string, about: Record<string, string>) => {
    await send(page, 'requests/right', { right });
    await send(page, 'requests/about', about);
    await send(page, 'requests/contact', { contact: 'portal' });
    await send(page, 'requests/send', {});
    return newestRequest(page);
  };
  const copy = await ask('access', { about: 'Everything you hold about me' });
  const refused = await ask('rectification', { wrong: 'It says I have two cats', should_say: 'One cat' });
  const context = await browser.newContext(options);
  const officer = await context.newPage();
  await signInAsStaff(officer, 'privacy_officer', tr);
  await send(officer, 'staff/requests/copy', { reference: copy.split('/').pop()! });
  await send(officer, 'staff/requests/event', { reference: refused.split('/').pop()!, kind: 'refused', note: 'The record is right', ...today() });
  // The officer opens the person's summary: a look they can ask about, and do.
  await lookAtCrawlPerson(officer);
  await context.close();
  const question = await askWhy(page);
  return { entry, copy, refused, ask: question };
}

/** Staff signed in on `page` open the crawl person's summary: a look on their log (saying why
 * first, should the case have closed long ago). */
async function lookAtCrawlPerson(page: Page) {
  const person = await crawlPersonId(page);
  await sayWhy(page, person);
  await page.goto(`/staff/people/${person}`);
}

/** The person signed in on `page` asks why someone looked, about the newest look on their
 * log; the address of the page that asks. */
async function askWhy(page: Page): Promise<string> {
  await page.goto('/access-log');
  const ask = (await page.locator('a[href^="/access-log/"][href$="/ask"]').first().getAttribute('href'))!;
  await send(page, 'access-log/ask', { look: ask.split('/')[2], words: 'Why did you look at my summary?' });
  return ask;
}

/** The address that opens `route` for the crawl. */
async function address(route: string, page: Page, things: Things | null, person: () => Promise<Page>, tr: (id: string) => string): Promise<string> {
  switch (route) {
    case '/access-log/:look/ask':
      return things!.ask;
    case '/staff/questions/:id': {
      // A question from the crawl's person, unless their crawl already asked one.
      await page.goto('/staff/questions');
      const open = page.locator('a[href^="/staff/questions/"]');
      if ((await open.count()) === 0) {
        await lookAtCrawlPerson(page);
        await askWhy(await person());
        await page.goto('/staff/questions');
      }
      return (await open.first().getAttribute('href'))!;
    }
    case '/leaflets/:name':
      return '/leaflets/your-rights';
    case '/record/:id':
      return things!.entry;
    case '/sharing/:id': {
      await page.goto('/sharing');
      return (await page.locator('a[href^="/sharing/"]').first().getAttribute('href'))!;
    }
    case '/consents/:id/change': {
      await page.goto('/consents');
      return (await page.locator('a[href^="/consents/"][href$="/change"]').first().getAttribute('href'))!;
    }
    case '/consents/:id/changed': {
      // Take the crawl person's consent back, or say yes again if it is already taken back.
      await page.goto('/consents');
      const change = (await page.locator('a[href^="/consents/"][href$="/change"]').first().getAttribute('href'))!;
      const consent = change.split('/')[2];
      const origin = new URL(page.url()).origin;
      const headers = { Origin: origin, Accept: 'application/json' };
      const withdrawn = await page.request.post('/api/consents/change', { form: { consent, to: 'withdrawn' }, headers });
      if (withdrawn.status() >= 400) {
        await send(page, 'consents/change', { consent, to: 'given' });
      }
      return `/consents/${consent}/changed`;
    }
    case '/requests/:reference':
      return things!.refused;
    case '/requests/:reference/copy':
      return `${things!.copy}/copy`;
    case '/requests/:reference/disagree':
      return `${things!.refused}/disagree`;
    case '/staff/requests/:reference': {
      // A request taken down by phone for the crawl's person, so the queue has one to open.
      const received = Object.fromEntries(Object.entries(today()).map(([k, v]) => [k.replace('on_', 'received_'), v]));
      await send(page, 'staff/requests/new', { person_ref: crawlPersonRef(), right: 'access', channel: 'phone', about: 'Everything', ...received });
      await page.goto('/staff/requests');
      return (await page.locator('a[href^="/staff/requests/CR-"]').first().getAttribute('href'))!;
    }
    case '/staff/people/:person/record/:entry': {
      await page.goto('/staff/accuracy');
      return (await page.locator('a[href^="/staff/people/"]').first().getAttribute('href'))!;
    }
    case '/staff/alerts/:id': {
      // The demo council has alerts waiting, and decided ones.
      await page.goto('/staff/alerts');
      return (await page.locator('a[href^="/staff/alerts/"]').first().getAttribute('href'))!;
    }
    case '/staff/people/:person/why': {
      // Person 1's case closed years ago, and the crawl has not said why it opens it.
      const asked = '/staff/people/1/why?return_to=/staff/people/1';
      await page.goto(asked);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('closed-reason-label'));
      return asked;
    }
    case '/staff/people':
      // A search, so the results are checked too.
      return '/staff/people?q=a';
    case '/staff/people/:person':
      return `/staff/people/${await crawlPersonId(page)}`;
    case '/staff/people/:person/sharing/recorded/:id': {
      // A share of the crawl's person, recorded for the crawl, as a browser without JavaScript
      // sends the answers.
      const person = await crawlPersonId(page);
      const answers: [string, Record<string, string>][] = [
        ['recipient', { organisation: 'Northshire Crawl Trust', role: 'Nurse' }],
        ['information', { information: 'Your address' }],
        ['purpose', { purpose: 'To visit you' }],
        ['basis', { basis: 'public_task' }],
        ['grounds', { authority: 'individual_care', approved_by: 'Sam Lee, team manager' }],
        ['telling', { tell: 'now' }],
      ];
      for (const [question, form] of answers) await send(page, 'staff/sharing/answer', { person, question, ...form });
      const origin = new URL(page.url()).origin;
      const recorded = await page.request.post('/api/staff/sharing/record', { form: { person }, headers: { Origin: origin }, maxRedirects: 0 });
      const location = recorded.headers()['location'];
      expect(location, `recorded: ${recorded.status()}`).toMatch(/\/staff\/people\/\d+\/sharing\/recorded\/\d+$/);
      return location;
    }
    default:
      if (route.startsWith('/staff/people/:person/sharing/new')) return route.replace(':person', await crawlPersonId(page));
      expect(route, 'a route with a parameter needs an address here').not.toContain(':');
      return route;
  }
}

for (const actor of ['visitor', 'person', 'caseworker', 'privacy_officer', 'comms_officer'] as Actor[]) {
  test(`every page ${actor === 'visitor' ? 'anyone' : `a ${actor.replace('_', ' ')}`} may open passes axe at 320 pixels`, async ({ page, browser, tr, audit, locale, javaScriptEnabled }) => {
    const routes = ROUTES.filter((route) => WHO[route] === actor);
    expect(routes.length).toBeGreaterThan(0);
    // The crawl grows with the router: time for setting up, then up to 8 s a page (an axe run
    // without JavaScript on a loaded machine takes 3–5 s).
    test.setTimeout(60_000 + 8_000 * routes.length);
    const things = actor === 'person' ? await personWithThings(page, browser, tr, { locale, javaScriptEnabled }) : null;
    if (actor !== 'visitor' && actor !== 'person') await signInAsStaff(page, actor, tr);
    // The crawl's person's case may have closed long ago: staff say why first (the question
    // page itself is crawled with person 1).
    if (actor === 'caseworker') await sayWhy(page, await crawlPersonId(page));
    await page.setViewportSize({ width: 320, height: 640 });
    for (const route of routes) {
      const target = await address(route, page, things, async () => {
        const context = await browser.newContext({ locale, javaScriptEnabled });
        const other = await context.newPage();
        await crawlPerson(other, tr);
        return other;
      }, tr);
      await page.goto(target);
      await expect(page.getByRole('heading', { level: 1 }), `${target} has a heading`).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(tr('not-found-heading'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${target} is wider than the screen`).toBeLessThanOrEqual(0);
      await audit();
    }
  });
}
