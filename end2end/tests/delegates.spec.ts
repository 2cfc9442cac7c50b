// A person lets someone act for them with a one-time code, sees what they did, and stops it.
import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { demoPerson as signInAs } from '../support/people';

const demoPerson = (page: Page, tr: (id: string) => string, nth: number) => signInAs(page, tr, nth, 1);

test('an invitation with nothing chosen comes back with every problem and what was typed', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 4);
  await page.getByRole('link', { name: tr('account-delegates-link') }).click();
  await audit();
  await page.getByRole('link', { name: tr('delegates-invite-link') }).click();
  await audit();
  await page.getByLabel(tr('date-day')).fill('31');
  await page.getByLabel(tr('date-month')).fill('2');
  await page.getByLabel(tr('date-year')).fill('2030');
  await page.getByRole('button', { name: tr('invite-button') }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(tr('error-delegate-name-missing'));
  await expect(summary).toContainText(tr('error-delegate-scopes-missing'));
  await expect(summary).toContainText(tr('error-date-not-real'));
  await expect(page.getByLabel(tr('date-day'))).toHaveValue('31');
  await audit();
});

test('someone invited with a code acts for the person until the person stops it', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  // Each project shares the demo database, so the helper's name is unique to this run.
  const name = `Robin Carer ${test.info().project.name}`;
  await demoPerson(page, tr, 5);
  await page.goto('/account/delegates/invite');
  await page.getByLabel(tr('invite-name')).fill(name);
  await page.getByLabel(tr('scope-read-record')).check();
  await page.getByLabel(tr('scope-make-requests')).check();
  await page.getByRole('button', { name: tr('invite-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('invited-heading'));
  const code = (await page.locator('.candour-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await audit();

  // The helper signs in elsewhere and types the code (lower case, with spaces: still accepted).
  const helperContext = await browser.newContext({ locale, javaScriptEnabled });
  const helper = await helperContext.newPage();
  await demoPerson(helper, tr, 6);
  await helper.getByRole('link', { name: tr('account-accept-link') }).click();
  await helper.getByLabel(tr('accept-heading')).fill('WRONG-CODE-0000');
  await helper.getByRole('button', { name: tr('accept-button') }).click();
  await expect(helper.getByRole('alert')).toContainText(tr('error-code-shape'));
  await helper.getByLabel(tr('accept-heading')).fill(code.toLowerCase().replaceAll('-', ' '));
  await helper.getByRole('button', { name: tr('accept-button') }).click();
  await expect(helper).toHaveURL(/\/account$/);
  const actingFor = tr('acting-for', { name: 'X' }).split('X')[0];
  await expect(helper.getByText(actingFor)).toBeVisible();

  // The person is told, and sees what the helper did.
  await page.goto('/account');
  await expect(page.getByText(tr('message-delegate-added', { name }))).toBeVisible();
  await page.goto('/account/delegates');
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('cell', { name: tr('activity-accepted-invitation') })).toBeVisible();
  await audit();

  // Stopping it works at once: the helper's next page no longer acts for the person.
  await page.getByRole('button', { name: tr('delegates-end-button', { name }) }).click();
  await expect(page.getByText(tr('delegates-ended'))).toBeVisible();
  await helper.goto('/account');
  await expect(helper.getByText(actingFor)).toHaveCount(0);
  await helperContext.close();
});

test('a code can be used only once', async ({ browser, page, tr, locale, javaScriptEnabled }) => {
  await demoPerson(page, tr, 7);
  await page.goto('/account/delegates/invite');
  await page.getByLabel(tr('invite-name')).fill('Sam Once');
  await page.getByLabel(tr('scope-read-record')).check();
  await page.getByRole('button', { name: tr('invite-button') }).click();
  const code = (await page.locator('.candour-code').textContent())!.trim();
  for (const [nth, expected] of [[8, 'ok'], [9, 'error-code-unknown']] as const) {
    const context = await browser.newContext({ locale, javaScriptEnabled });
    const other = await context.newPage();
    await demoPerson(other, tr, nth);
    await other.goto('/account/accept');
    await other.getByLabel(tr('accept-heading')).fill(code);
    await other.getByRole('button', { name: tr('accept-button') }).click();
    if (expected === 'ok') {
      await expect(other).toHaveURL(/\/account$/);
    } else {
      await expect(other.getByRole('alert')).toContainText(tr(expected));
    }
    await context.close();
  }
});
