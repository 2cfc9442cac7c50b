// Reading the care record: labels in words, filters and search without JavaScript, jargon
// explained, withheld text never shown.
import { test, expect } from '../support/fixtures';

test('a person reads their record, filters it, searches it, and opens an entry with its labels explained', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in?after=100');
  await page.locator('input[name="choice"][value^="person:"]').first().check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await page.getByRole('link', { name: tr('account-record-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('record-heading'));
  await audit();
  const entries = page.locator('.candour-entry-list__item');
  const all = await entries.count();
  expect(all).toBeGreaterThanOrEqual(4);

  // Searching for words that only a withheld statement contains finds nothing.
  await page.getByLabel(tr('record-search')).fill('withheld from this record');
  await page.getByRole('button', { name: tr('record-show') }).click();
  await expect(page.getByText(tr('record-none'))).toBeVisible();
  await audit();

  await page.getByLabel(tr('record-search')).fill('');
  await page.getByLabel(tr('record-filter-kind')).selectOption({ index: 0 });
  await page.getByRole('button', { name: tr('record-show') }).click();
  await expect(entries).toHaveCount(all);

  await entries.first().getByRole('link').click();
  await expect(page.getByText(tr('entry-labels-explained'))).toBeVisible();
  const badges = page.locator('.candour-statement .govuk-tag');
  expect(await badges.count()).toBeGreaterThan(0);
  const first = (await badges.first().textContent())!.trim();
  const fact = tr('label-fact');
  const opinion = tr('label-opinion', { name: 'X' }).split('X')[0];
  const said = tr('label-reported', { name: 'X' }).split('X')[0];
  expect(first === fact || first.startsWith(opinion) || first.startsWith(said)).toBeTruthy();
  await expect(page.getByText('withheld from this record')).toHaveCount(0);
  await audit();
});

test('an entry that is not yours is not found', async ({ page, tr }) => {
  await page.goto('/demo/sign-in');
  await page.locator('input[name="choice"][value^="person:"]').first().check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  const response = await page.goto('/record/1000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('not-found-heading'));
});

test('a caseworker checks an entry for mistakes, seeing communication needs and a plain-English report', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-caseworker')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await page.getByRole('link', { name: tr('account-accuracy-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('accuracy-heading'));
  await audit();
  const first = page.locator('table.govuk-table tbody a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  // An entry of a case closed long ago asks why first, then goes on to the entry (the
  // closed-cases spec walks the question and its refusals).
  await page.waitForURL(/\/staff\/people\/\d+\/(record\/\d+\?why=accuracy|why\?)/);
  if (new URL(page.url()).pathname.endsWith('/why')) {
    await page.getByLabel(tr('closed-reason-label')).fill('Checking entries for mistakes');
    await page.getByRole('button', { name: tr('closed-reason-send') }).click();
    await expect(page).toHaveURL(/\/record\/\d+\?why=accuracy$/);
  }
  // The address alone shows nothing of the entry: opening it is a choice, recorded with its
  // reason.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('staff-open-heading'));
  await expect(page.getByText(tr('staff-open-reason-accuracy'))).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await audit();
  await page.getByRole('button', { name: tr('staff-open-button') }).click();
  await expect(page).toHaveURL(/\/record\/\d+\?why=accuracy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: tr('needs-heading') })).toBeVisible();
  await expect(page.getByRole('heading', { name: tr('staff-entry-plain-heading') })).toBeVisible();
  await audit();
  await page.getByRole('button', { name: tr('staff-entry-mark-checked') }).click();
  await expect(page.getByText(tr('staff-entry-checked'))).toBeVisible();
  await expect(page.getByText(tr('entry-never-checked'))).toHaveCount(0);
  await audit();
});
