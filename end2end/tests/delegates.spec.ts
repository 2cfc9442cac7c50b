// A person lets someone act for them with a one-time code, sees what they did, and stops it.
import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { demoPerson as signInAs, demoPersonRef } from '../support/people';
import { mailFor } from '../support/mail';

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
  expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
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

test('an invitation can be emailed: the email holds the code and says nothing about the person', async ({ page, tr, audit }) => {
  const address = `helper-${test.info().project.name}@example.test`;
  await demoPerson(page, tr, 10);
  const [before, after] = tr('account-signed-in-as', { name: '\u0000' }).split('\u0000');
  const signedInAs = (await page.getByText(before).first().textContent())!.trim();
  const personName = signedInAs.slice(before.length, signedInAs.length - after.length).trim();
  expect(personName.length).toBeGreaterThan(3);
  await page.goto('/account/delegates/invite');
  await page.getByLabel(tr('invite-name')).fill('Alex Helper');
  await page.getByLabel(tr('invite-email')).fill('alex at example');
  await page.getByLabel(tr('scope-read-record')).check();
  await page.getByRole('button', { name: tr('invite-button') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-delegate-email-shape'));
  await expect(page.getByLabel(tr('invite-name'))).toHaveValue('Alex Helper');
  await audit();
  await page.getByLabel(tr('invite-email')).fill(address);
  await page.getByRole('button', { name: tr('invite-button') }).click();
  await expect(page.getByText(tr('invited-emailed'))).toBeVisible();
  const code = (await page.locator('.candour-code').textContent())!.trim();
  await audit();
  await expect.poll(() => mailFor(address).length, { timeout: 15_000 }).toBe(1);
  const [mail] = mailFor(address);
  expect(mail.body).toContain(code);
  expect(mail.body).toContain('/account/accept');
  expect(mail.body).toContain('Alex Helper');
  expect(mail.body, 'the email does not name the person who invited them').not.toContain(personName);
});

test('a caseworker registers an attorney after checking the document, a privacy officer approves it, and the person sees what was checked and by whom', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  // Two members of staff and the person, with an accessibility audit at every step: on two
  // cores this takes about 30 seconds, the default limit.
  test.slow();
  const attorney = `Jo Attorney ${test.info().project.name}`;
  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-caseworker')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await staff.getByRole('link', { name: tr('account-register-link') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('register-heading'));
  await audit(staff);
  await staff.getByLabel(tr('record-person')).fill(demoPersonRef(11, 1));
  await staff.getByRole('button', { name: tr('register-button') }).click();
  const summary = staff.getByRole('alert');
  for (const message of ['error-register-authority-missing', 'error-register-name-missing', 'error-register-reference-missing', 'error-register-checked-missing']) {
    await expect(summary).toContainText(tr(message));
  }
  await expect(staff.getByLabel(tr('record-person'))).toHaveValue(demoPersonRef(11, 1));
  await audit(staff);
  await staff.getByLabel(tr('authority-lpa')).check();
  await staff.getByLabel(tr('register-name')).fill(attorney);
  await staff.getByLabel(tr('register-reference')).fill('7000-1234-5678');
  await staff.getByLabel(tr('register-checked')).fill('Original seen, covers health and welfare');
  await staff.getByRole('button', { name: tr('register-button') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('registered-heading'));
  const code = (await staff.locator('.candour-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
  await audit(staff);
  // The caseworker who registered it cannot approve it.
  await staff.getByRole('link', { name: tr('registered-approvals-link') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('approvals-heading'));
  const ownCard = staff.locator('.govuk-summary-card', { has: staff.getByRole('heading', { name: attorney }) });
  await expect(ownCard.getByText(tr('approvals-own'))).toBeVisible();
  await expect(ownCard.getByRole('button')).toHaveCount(0);
  await audit(staff);
  await staffContext.close();

  // Until someone else approves it, the person sees it waiting.
  await demoPerson(page, tr, 11);
  await expect(page.getByText(tr('message-delegate-registered', { name: attorney }))).toBeVisible();
  await page.goto('/account/delegates');
  const card = page.locator('.govuk-summary-card', { has: page.getByRole('heading', { name: attorney }) });
  await expect(card.getByText(tr('delegation-awaiting-approval'))).toBeVisible();
  await expect(page.getByText('7000-1234-5678: Original seen, covers health and welfare')).toBeVisible();
  await audit();

  // A privacy officer checks it and approves it.
  const officerContext = await browser.newContext({ locale, javaScriptEnabled });
  const officer = await officerContext.newPage();
  await officer.goto('/demo/sign-in');
  await officer.getByLabel(tr('role-privacy-officer')).check();
  await officer.getByRole('button', { name: tr('demo-sign-in') }).click();
  await officer.getByRole('link', { name: tr('account-approvals-link') }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(tr('approvals-heading'));
  const toApprove = officer.locator('.govuk-summary-card', { has: officer.getByRole('heading', { name: attorney }) });
  await expect(toApprove.getByText('Original seen, covers health and welfare')).toBeVisible();
  await audit(officer);
  await toApprove.getByRole('button', { name: tr('approvals-button', { name: attorney }) }).click();
  await expect(officer.getByText(tr('approvals-done'))).toBeVisible();
  await expect(officer.getByRole('heading', { name: attorney })).toHaveCount(0);
  await audit(officer);
  await officerContext.close();

  // The person is told, and sees who checked it and who approved it.
  await page.goto('/account');
  await expect(page.getByText(tr('message-delegate-approved', { name: attorney }))).toBeVisible();
  await page.goto('/account/delegates');
  await expect(card.getByText(tr('delegation-invited'))).toBeVisible();
  await expect(card.getByText(tr('delegates-approved-by'))).toBeVisible();
  await audit();
});
