// Who we shared your information with, and who looked at your record: the start page's
// promises lead to working pages; each share says whether the person agreed and the law that
// allowed it; a share not yet told is never shown; a caseworker's look appears in the person's
// access log with who, what and why.
import { test, expect } from '../support/fixtures';
import { demoPerson } from '../support/people';
import { sayWhy } from '../support/staff';
import { readFileSync } from 'node:fs';

/** This spec's people: 1–5 of the leaflet spec's blocks, 13–16 (the leaflet spec uses person
 * 0). Person n of a block has index n modulo 3 in the demo council's pattern: 1 agreed to a
 * housing share, 2 has a share not yet told. */
const BLOCK = 13;

test('each promise on the start page leads to a page that keeps it', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 5, BLOCK);
  await page.goto('/');
  const promises = page.locator('main ul.govuk-list--bullet a');
  const count = await promises.count();
  expect(count).toBe(7);
  const links = [] as { text: string; href: string }[];
  for (let i = 0; i < count; i++) {
    links.push({ text: (await promises.nth(i).textContent())!.trim(), href: (await promises.nth(i).getAttribute('href'))! });
  }
  expect(links.map((l) => l.text)).toContain(tr('start-can-shared'));
  expect(links.map((l) => l.text)).toContain(tr('start-can-looked'));
  expect(links.map((l) => l.text)).toContain(tr('start-can-consent'));
  expect(links.map((l) => l.text)).toContain(tr('start-can-held'));
  for (const { text, href } of links) {
    await page.goto('/');
    await page.getByRole('link', { name: text, exact: true }).click();
    await expect(page, text).toHaveURL(new RegExp(`${href.replace(/[/]/g, '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(tr('not-found-heading'));
  }
  await page.goto('/privacy');
  await page.getByRole('link', { name: tr('account-access-log-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('access-log-heading'));
  await audit();
});

test('a person sees each share, whether they agreed, and the law that let us share it', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 1, BLOCK);
  await page.getByRole('link', { name: tr('account-sharing-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sharing-heading'));
  const shares = page.locator('.candour-entry-list__item');
  await expect(shares).toHaveCount(2);
  await expect(page.getByText(tr('sharing-with-consent'))).toHaveCount(1);
  await expect(page.getByText(tr('sharing-without-consent'))).toHaveCount(1);
  await audit();

  await page.getByRole('link', { name: tr('sharing-see', { organisation: 'Northshire NHS Foundation Trust' }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sharing-share-heading', { organisation: 'Northshire NHS Foundation Trust' }));
  await expect(page.getByText(tr('sharing-agreed-no'))).toBeVisible();
  await expect(page.getByText(tr('sharing-approved', { approver: 'Team manager, Adult social care' }))).toBeVisible();
  await expect(page.getByText('Article 9(2)(h)')).toBeVisible();
  await expect(page.getByText(tr('sharing-named-law', { law: tr('sharing-law-individual-care') }))).toBeVisible();
  // The parts of the record shared link to them.
  const entry = page.locator('.govuk-summary-list a[href^="/record/"]').first();
  await expect(entry).toBeVisible();
  await audit();
  await entry.click();
  await expect(page).toHaveURL(/\/record\/\d+$/);

  await page.goto('/sharing');
  await page.getByRole('link', { name: tr('sharing-see', { organisation: 'Northshire Council Housing' }) }).click();
  await expect(page.getByText(tr('sharing-agreed-yes'))).toBeVisible();
  await expect(page.getByText('Article 9(2)(a)')).toBeVisible();
  await page.getByRole('link', { name: tr('sharing-back') }).click();
  await expect(page).toHaveURL(/\/sharing$/);
});

test('a person reads what we hold about them, why and for how long, keeps a copy, and follows it to act', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 1, BLOCK);
  await page.getByRole('link', { name: tr('account-held-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('held-title'));
  // Every part of UK GDPR Article 15(1)(a) to (h), in order.
  const headings = ['held-why-heading', 'held-what-heading', 'held-from-heading', 'held-to-heading', 'held-keep-heading', 'held-rights-heading', 'privacy-complain-heading', 'held-computer-heading'];
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(headings.map((h) => tr(h)));
  // Their own consent's purpose, and whom their information went to.
  await expect(page.getByText('To tell the housing team what you need from a home.', { exact: false })).toBeVisible();
  await expect(page.getByText(tr('held-to-consent', { recipients: 'Northshire Council Housing' }))).toBeVisible();
  await expect(page.getByText(/Northshire NHS Foundation Trust/)).toBeVisible();
  await audit();

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: tr('held-pdf-link') }).click()]);
  const pdf = readFileSync((await file.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);

  await page.getByRole('link', { name: tr('held-to-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sharing-heading'));
  await page.goto('/what-we-hold');
  await page.getByRole('link', { name: tr('held-rights-link') }).click();
  await expect(page).toHaveURL(/\/requests\/new$/);
  await page.goto('/privacy');
  await page.getByRole('link', { name: tr('privacy-held-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('held-title'));
});

test('a share the person has not been told of yet is nowhere on their pages', async ({ page, tr }) => {
  await demoPerson(page, tr, 2, BLOCK);
  await page.goto('/sharing');
  await expect(page.locator('.candour-entry-list__item')).toHaveCount(1);
  await expect(page.getByText('Northshire Police')).toHaveCount(0);
  // Opening each share in turn never shows it either.
  await page.locator('a[href^="/sharing/"]').first().click();
  await expect(page.getByText('Northshire Police')).toHaveCount(0);
});

test('when a caseworker opens part of the record, the person sees who, what, when and why', async ({ page, browser, tr, audit, locale, javaScriptEnabled }) => {
  // Three people in turn (the person, a caseworker, a privacy officer) and two refused forms.
  test.slow();
  const person = await demoPerson(page, tr, 3, BLOCK);
  await page.getByRole('link', { name: tr('account-access-log-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('access-log-heading'));
  await expect(page.getByText(tr('access-log-none'))).toBeVisible();
  await audit();

  await page.goto('/record');
  const link = page.locator('a[href^="/record/"]').first();
  const title = (await link.textContent())!.trim();
  const entry = (await link.getAttribute('href'))!.split('/').pop();

  const context = await browser.newContext({ locale, javaScriptEnabled });
  const caseworker = await context.newPage();
  await caseworker.goto('/demo/sign-in');
  await caseworker.getByLabel(tr('role-caseworker')).check();
  await caseworker.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(caseworker).toHaveURL(/\/account$/);
  await sayWhy(caseworker, person);
  await caseworker.goto(`/staff/people/${person}/record/${entry}?why=accuracy`);
  await caseworker.getByRole('button', { name: tr('staff-open-button') }).click();
  await expect(caseworker.getByRole('heading', { level: 1 })).toHaveText(title);
  await context.close();

  await page.goto('/access-log');
  // (The count is a Fluent plural, which the test's own formatter does not choose between.)
  await expect(page.locator('table caption')).toContainText('1');
  const row = page.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(tr('access-log-who-value', { role: tr('role-caseworker'), organisation: 'Demo Borough Council' }));
  await expect(row).toContainText(tr('access-log-why-accuracy'));
  await expect(row.getByRole('link', { name: title })).toHaveAttribute('href', `/record/${entry}`);
  await audit();

  // Narrowed to the council and the last 7 days, the look is still there and the choice kept.
  await page.getByLabel(tr('access-log-filter-organisation')).selectOption('Demo Borough Council');
  await page.getByLabel(tr('access-log-filter-period')).selectOption('week');
  await page.getByRole('button', { name: tr('access-log-show') }).click();
  await expect(page).toHaveURL(/period=week/);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByLabel(tr('access-log-filter-period'))).toHaveValue('week');
  await expect(page.getByLabel(tr('access-log-filter-organisation'))).toHaveValue('Demo Borough Council');
  await audit();

  // The person asks why; an empty question is refused, then theirs is sent with a reference
  // and the day we will answer by.
  await page.locator('tbody tr').getByRole('link', { name: new RegExp(`^${tr('access-log-ask')}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('question-heading'));
  await expect(page.locator('.govuk-summary-list')).toContainText(tr('access-log-why-accuracy'));
  await audit();
  await page.getByRole('button', { name: tr('question-send') }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(tr('error-question-blank'));
  await audit();
  const words = 'Why did a caseworker need to check this?';
  await page.getByLabel(tr('question-label')).fill(words);
  await page.getByRole('button', { name: tr('question-send') }).click();
  await expect(page).toHaveURL(/\/access-log\?asked=WHY-\d{6}/);
  const reference = new URL(page.url()).searchParams.get('asked')!;
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(reference);
  await expect(page.locator('.govuk-summary-card').filter({ hasText: reference })).toContainText(words);
  await audit();

  // A privacy officer finds it in the queue and answers; the person reads the answer and is told.
  const officerContext = await browser.newContext({ locale, javaScriptEnabled });
  const officer = await officerContext.newPage();
  await officer.goto('/demo/sign-in');
  await officer.getByLabel(tr('role-privacy-officer')).check();
  await officer.getByRole('button', { name: tr('demo-sign-in') }).click();
  await officer.getByRole('link', { name: tr('account-questions-link') }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(tr('staff-questions-heading'));
  await officer.getByRole('link', { name: tr('staff-questions-open', { reference }) }).click();
  await expect(officer.locator('.govuk-summary-list')).toContainText(words);
  await officer.getByRole('button', { name: tr('staff-question-send') }).click();
  await expect(officer.locator('.govuk-error-summary')).toContainText(tr('error-answer-blank'));
  await officer.getByLabel(tr('staff-question-answer-label')).fill('Our caseworker checked your record was right, as we do each year.');
  await officer.getByRole('button', { name: tr('staff-question-send') }).click();
  await expect(officer.locator('.govuk-notification-banner--success')).toContainText(reference);
  await officerContext.close();

  await page.goto('/messages');
  await expect(page.getByText(tr('message-question-answered', { reference }))).toBeVisible();
  await page.getByRole('link', { name: tr('message-link-questions') }).first().click();
  await expect(page.locator('.govuk-summary-card').filter({ hasText: reference })).toContainText('as we do each year');
  await audit();
});

test('looks the council’s other systems report are on the log, newest first, with who, what and why', async ({ page, tr, audit }) => {
  // Person 4 (read only here and in the consents spec) is one of the demo people looked at by
  // an NHS occupational therapist, then by one of the council's housing officers.
  await demoPerson(page, tr, 4, BLOCK);
  await page.getByRole('link', { name: tr('account-access-log-link') }).click();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(tr('access-log-who-value', { role: 'Housing officer', organisation: 'Demo Borough Council' }));
  await expect(rows.nth(0)).toContainText('Your contact details and address');
  await expect(rows.nth(0)).toContainText('To check your address for your housing application');
  await expect(rows.nth(1)).toContainText(tr('access-log-who-value', { role: 'Occupational therapist', organisation: 'Northshire NHS Foundation Trust' }));
  await expect(rows.nth(1).locator('a[href^="/record/"]')).toHaveCount(1);
  await expect(page.getByText('Priya Shah')).toHaveCount(0);
  await audit();

  await page.getByLabel(tr('access-log-filter-organisation')).selectOption('Northshire NHS Foundation Trust');
  await page.getByRole('button', { name: tr('access-log-show') }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toContainText('Occupational therapist');
  await expect(page.getByLabel(tr('access-log-filter-organisation'))).toHaveValue('Northshire NHS Foundation Trust');
  await audit();
});

test('someone else’s share, or one that does not exist, is "not found"', async ({ page, tr }) => {
  await demoPerson(page, tr, 4, BLOCK);
  // Share 1 is the first demo person's.
  for (const address of ['/sharing/1', '/sharing/999999', '/sharing/x']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(tr('not-found-heading'));
  }
});

test('"Exit this page" leaves for a neutral site, by its button and, with JavaScript, by pressing Shift three times', async ({ page, tr, javaScriptEnabled }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
  await demoPerson(page, tr, 4, BLOCK);
  await expect(page.locator('.govuk-exit-this-page'), 'not on the home page').toHaveCount(0);
  for (const address of ['/record', '/sharing', '/access-log', '/account/delegates', '/requests']) {
    await page.goto(address);
    await expect(page.getByRole('button', { name: tr('exit-this-page') }), address).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
  }
  await page.getByRole('button', { name: tr('exit-this-page') }).click();
  await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
  if (javaScriptEnabled) {
    await page.goto('/sharing');
    await expect(page.locator('.govuk-exit-this-page[data-hydrated="true"]')).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
  }
});
