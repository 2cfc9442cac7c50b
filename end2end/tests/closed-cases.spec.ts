// Closed-case access alerts, walked as each person meets them, with JavaScript on and off and
// in each language: a caseworker opening a case closed long ago is asked why first (a blank
// answer is refused, keeping the page), gives a reason and goes on to the summary; a privacy
// officer finds the alert from their home page, is refused an outcome without a finding or
// notes, and records "not legitimate"; the person sees who opened their closed case, why, and
// the breach record on "Who looked at your record", and has a message about it.
import { test, expect } from '../support/fixtures';
import { demoPerson, demoPersonId } from '../support/people';
import { signInAsStaff } from '../support/staff';

/** People of this spec: block 9 (shared with the email spec's people 0–1 and the staff sharing
 * spec's person 9), whichever of 2–8 first has a case closed long ago. */
const BLOCK = 9;
const CANDIDATES = [2, 3, 4, 5, 6, 7, 8];

test('staff say why before opening a closed case, and a breach reaches the person', async ({ page, browser, tr, audit, locale, javaScriptEnabled }) => {
  // Three people in turn and two refused forms.
  test.slow();
  const reason = `A complaint about past care came in (${test.info().project.name}).`;
  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const caseworker = await staffContext.newPage();
  await signInAsStaff(caseworker, 'caseworker', tr);

  // The first of the candidates whose summary asks why: a case closed long ago.
  let nth = -1;
  let person = '';
  for (const candidate of CANDIDATES) {
    const id = await demoPersonId(caseworker, candidate, BLOCK);
    await caseworker.goto(`/staff/people/${id}`);
    if (new URL(caseworker.url()).pathname === `/staff/people/${id}/why`) {
      [nth, person] = [candidate, id];
      break;
    }
  }
  expect(nth, 'a person with a case closed long ago').toBeGreaterThanOrEqual(0);
  await expect(caseworker.getByRole('heading', { level: 1 })).toHaveText(tr('closed-reason-label'));
  await audit(caseworker);
  await caseworker.getByRole('button', { name: tr('closed-reason-send') }).click();
  await expect(caseworker.locator('.govuk-error-summary')).toContainText(tr('error-closed-reason-blank'));
  await audit(caseworker);
  await caseworker.getByLabel(tr('closed-reason-label')).fill(reason);
  await caseworker.getByRole('button', { name: tr('closed-reason-send') }).click();
  await expect(caseworker).toHaveURL(new RegExp(`/staff/people/${person}$`));
  await expect(caseworker.getByRole('heading', { level: 2, name: tr('staff-person-shares-heading') })).toBeVisible();
  await staffContext.close();

  // A privacy officer finds it from their home page and records a breach.
  const officerContext = await browser.newContext({ locale, javaScriptEnabled });
  const officer = await officerContext.newPage();
  await signInAsStaff(officer, 'privacy_officer', tr);
  await officer.getByRole('link', { name: tr('account-alerts-link') }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(tr('staff-alerts-heading'));
  await audit(officer);
  const card = officer.locator('.govuk-summary-card').filter({ hasText: reason });
  const reference = (await card.locator('.govuk-summary-card__title').textContent())!.trim();
  await officer.getByRole('link', { name: tr('staff-alerts-open', { reference }) }).click();
  await expect(officer.locator('.govuk-summary-list').first()).toContainText(reason);
  await officer.getByRole('button', { name: tr('staff-alert-send') }).click();
  await expect(officer.locator('.govuk-error-summary')).toContainText(tr('error-alert-finding'));
  await expect(officer.locator('.govuk-error-summary')).toContainText(tr('error-alert-notes-blank'));
  await audit(officer);
  await officer.getByLabel(tr('staff-alert-not-legitimate')).check();
  await officer.getByLabel(tr('staff-alert-notes')).fill('No complaint was received.');
  await officer.getByRole('button', { name: tr('staff-alert-send') }).click();
  await expect(officer).toHaveURL(/\/staff\/alerts\?decided=ALERT-\d{6}&breach=BREACH-\d{6}$/);
  const breach = new URL(officer.url()).searchParams.get('breach')!;
  await expect(officer.locator('.govuk-notification-banner--success')).toContainText(breach);
  await officerContext.close();

  // The person sees who opened their closed case, why, and what was found; and is told.
  await demoPerson(page, tr, nth, BLOCK);
  await page.goto('/messages');
  await expect(page.getByText(tr('message-closed-case-breach', { reference: breach }))).toBeVisible();
  await page.getByRole('link', { name: tr('message-link-closed-case') }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: tr('access-log-closed-heading') })).toBeVisible();
  const opened = page.locator('.govuk-summary-card').filter({ hasText: reason });
  await expect(opened).toContainText(tr('access-log-closed-breach', { reference: breach }));
  await audit();
});
