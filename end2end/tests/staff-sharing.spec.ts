// Staff find a person, open their summary, and record a share in Candour, one question per page: a blank answer is refused with its
// own message, a consent the person took back is refused and the choice is kept, and once
// recorded (told now) the person sees it on their own sharing page, without consent, with the
// senior member of staff who approved it.
import { test, expect } from '../support/fixtures';
import { demoPerson, demoPersonRef } from '../support/people';
import { sayWhy } from '../support/staff';

/** Person 9 of the email spec's blocks (9–12; that spec uses people 0 and 1): index 0 modulo 3
 * in the demo council's pattern, whose one consent (to tell carers' charities) was taken back.
 * (Block 16, the last leaflet block, holds only eight of the demo council's 200 people.) */
const BLOCK = 9;
const NTH = 9;

test('a caseworker records a share question by question and the person sees it at once', async ({ page, browser, tr, audit, locale, javaScriptEnabled }) => {
  test.slow();
  const person = await demoPerson(page, tr, NTH, BLOCK);
  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-caseworker')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(staff).toHaveURL(/\/account$/);

  // Found by case reference, their summary opened (a look they will see), then a share.
  await staff.goto('/account');
  await staff.getByRole('link', { name: tr('account-people-link') }).click();
  await staff.getByLabel(tr('people-words')).fill(demoPersonRef(NTH, BLOCK));
  await staff.getByRole('button', { name: tr('people-search') }).click();
  await audit(staff);
  // Should their case have closed long ago, the caseworker says why first (the closed-cases
  // spec walks that question).
  await sayWhy(staff, person);
  await staff.locator(`a[href="/staff/people/${person}"]`).click();
  await expect(staff.locator('.govuk-caption-l')).toHaveText(demoPersonRef(NTH, BLOCK));
  await expect(staff.getByRole('heading', { level: 2, name: tr('staff-person-shares-heading') })).toBeVisible();
  await audit(staff);
  // An entry opened from it, for casework, leads back to it.
  await staff.locator('a[href*="?why=casework"]').first().click();
  await expect(staff).toHaveURL(/\?why=casework$/);
  await expect(staff.getByText(tr('staff-open-reason-casework'))).toBeVisible();
  await staff.getByRole('button', { name: tr('staff-open-button') }).click();
  await expect(staff).toHaveURL(/\?why=casework$/);
  await expect(staff.getByRole('heading', { name: tr('needs-heading') })).toBeVisible();
  await staff.getByRole('link', { name: tr('staff-entry-back-summary'), exact: true }).click();
  await expect(staff).toHaveURL(new RegExp(`/staff/people/${person}$`));
  const proceed = () => staff.getByRole('button', { name: tr('continue') }).click();
  await staff.getByRole('button', { name: tr('staff-person-record-share') }).click();
  await expect(staff).toHaveURL(new RegExp(`/staff/people/${person}/sharing/new$`));
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('share-new-recipient-heading'));
  await proceed();
  await expect(staff.locator('.govuk-error-summary')).toContainText(tr('error-share-organisation-missing'));
  await expect(staff.locator('.govuk-error-summary')).toContainText(tr('error-share-role-missing'));
  await audit(staff);
  await staff.getByLabel(tr('share-new-organisation'), { exact: true }).fill('Northshire Young Carers');
  await staff.getByLabel(tr('share-new-role'), { exact: true }).fill('Support worker');
  await proceed();

  await expect(staff).toHaveURL(/\/sharing\/new\/information$/);
  await staff.getByLabel(tr('share-new-information-heading')).fill('Your name and phone number');
  await staff.locator('input[name="entries[]"]').first().check();
  await audit(staff);
  await proceed();
  await staff.getByLabel(tr('share-new-purpose-heading')).fill('So they can offer you help as a young carer');
  await proceed();

  // Consent is the basis, but the only consent was taken back: refused, and the choice kept.
  await staff.getByLabel(tr('share-new-basis-consent'), { exact: true }).check();
  await proceed();
  await expect(staff).toHaveURL(/\/sharing\/new\/grounds$/);
  const withdrawn = staff.getByLabel("To tell carers' charities about you, so they can offer help");
  await withdrawn.check();
  await proceed();
  await expect(staff.locator('.govuk-error-summary')).toContainText(tr('error-share-consent-not-in-force'));
  await expect(staff.getByLabel("To tell carers' charities about you, so they can offer help")).toBeChecked();
  await audit(staff);

  // Another basis: the law and the senior member of staff who approved it.
  await staff.getByRole('link', { name: tr('back'), exact: true }).click();
  await expect(staff).toHaveURL(/\/sharing\/new\/basis$/);
  await staff.getByLabel(tr('share-new-basis-public-task'), { exact: true }).check();
  await proceed();
  await staff.getByLabel(tr('sharing-law-individual-care')).check();
  await staff.getByLabel(tr('share-new-approved-by')).fill('Sam Lee, team manager');
  await audit(staff);
  await proceed();

  // Not yet, with neither a reason nor a date: each is asked for. Then: tell them now.
  await expect(staff).toHaveURL(/\/sharing\/new\/telling$/);
  await staff.getByLabel(tr('share-new-tell-not-yet'), { exact: true }).check();
  await proceed();
  await expect(staff.locator('.govuk-error-summary')).toContainText(tr('error-share-reason-missing'));
  await expect(staff.locator('.govuk-error-summary')).toContainText(tr('error-share-review-missing'));
  await audit(staff);
  await staff.getByLabel(tr('share-new-tell-now'), { exact: true }).check();
  await proceed();

  await expect(staff).toHaveURL(/\/sharing\/new\/check$/);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('share-check-heading'));
  await expect(staff.locator('.govuk-summary-list')).toContainText('Northshire Young Carers');
  await expect(staff.locator('.govuk-summary-list')).toContainText('Sam Lee, team manager');
  await audit(staff);
  await staff.getByRole('button', { name: tr('share-check-record') }).click();
  await expect(staff).toHaveURL(/\/sharing\/recorded\/\d+$/);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('share-recorded-heading'));
  await audit(staff);
  // The list of shares not yet told opens from the staff home, every card with a review date.
  await staff.goto('/account');
  await staff.getByRole('link', { name: tr('account-untold-link') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('untold-heading'));
  await expect(staff.locator('.govuk-summary-card').first()).toContainText(tr('untold-review'));
  await audit(staff);
  await staffContext.close();

  // The person is told: a new message, counted in the header until they open their messages,
  // whose link leads to the share.
  await page.goto('/account');
  await page.getByRole('link', { name: new RegExp(`^${tr('navigation-messages')} \\(`) }).click();
  await expect(page).toHaveURL(/\/messages$/);
  await expect(page.locator('main')).toContainText(tr('message-share-told', { organisation: 'Northshire Young Carers' }));
  await expect(page.getByRole('link', { name: tr('navigation-messages'), exact: true })).toBeVisible();
  await audit();
  // The person sees it now: without consent, approved by a senior member of staff.
  await page.getByRole('link', { name: tr('message-link-sharing') }).first().click();
  await expect(page).toHaveURL(/\/sharing$/);
  await page.getByRole('link', { name: tr('sharing-see', { organisation: 'Northshire Young Carers' }) }).click();
  await expect(page.getByText(tr('sharing-agreed-no'))).toBeVisible();
  await expect(page.getByText(tr('sharing-approved', { approver: 'Sam Lee, team manager' }))).toBeVisible();
  await expect(page.getByText('So they can offer you help as a young carer')).toBeVisible();
  await audit();
  // And that staff opened a summary of their information, to work on their care and support.
  await page.goto('/access-log');
  await expect(page.getByRole('cell', { name: tr('access-log-summary') }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: tr('access-log-why-casework') }).first()).toBeVisible();
});
