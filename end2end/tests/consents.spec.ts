// Saying yes or no: a person takes a consent back and gives it again, each in two steps with a
// reference; a second press changes nothing and says why; what the council does without
// asking is never offered a "take it back" control, only an objection or a restriction, which
// starts a request with the use written in. After a withdrawal, staff tell each organisation
// that had the information and record when it stopped, once each, and the person sees it.
import { test, expect } from '../support/fixtures';
import { demoPerson, demoPersonRef } from '../support/people';
import { readFileSync } from 'node:fs';

/** This spec's people: 6 and 7 of the leaflet spec's blocks, 13–16 (person 0 is the leaflet
 * spec's, 1–5 the sharing spec's). Person n has index n modulo 3 in the demo council's pattern:
 * 7 agreed to the housing share (and the share went out), 6 agreed to two carers' charities
 * hearing of them and took it back (one charity told, the other not yet). */
const BLOCK = 13;

test('a person takes back a consent and says yes again, each checked first and with a reference', async ({ page, context, tr, audit }) => {
  await demoPerson(page, tr, 7, BLOCK);
  await page.getByRole('link', { name: tr('account-consents-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('consents-heading'));
  const card = page.locator('.govuk-summary-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(tr('consents-status-given'));
  await audit();

  await card.getByRole('link', { name: new RegExp(`^${tr('consents-withdraw-link')}`) }).click();
  await expect(page).toHaveURL(/\/consents\/\d+\/change$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('consents-withdraw-heading'));
  await expect(page.getByText(tr('consents-withdraw-stops'))).toBeVisible();
  // The organisation that already has the information is named, and will be told.
  await expect(page.locator('main li', { hasText: 'Northshire Council Housing' })).toBeVisible();
  await expect(page.getByText(tr('consents-withdraw-we-tell'))).toBeVisible();
  await audit();

  // The same check page open in a second tab: the second press must change nothing.
  const second = await context.newPage();
  await second.goto(page.url());
  await page.getByRole('button', { name: tr('consents-withdraw-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('consents-withdrawn-panel'));
  const reference = (await page.locator('.govuk-panel__body strong').textContent())!.trim();
  expect(reference).toMatch(/^CON-\d{6}$/);
  await audit();
  await second.getByRole('button', { name: tr('consents-withdraw-button') }).click();
  await expect(second.getByRole('alert')).toContainText(tr('error-consent-already-withdrawn'));
  await expect(second).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  await audit(second);
  await second.close();

  await page.getByRole('link', { name: tr('consents-back') }).click();
  await expect(card).toContainText(tr('consents-status-withdrawn'));
  await expect(card).toContainText(reference);
  await expect(card.getByText(tr('consents-line-reference', { reference }))).toHaveCount(1);

  // Both receipts, downloaded as a person would, name the change and who already has the information.
  const downloaded = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click()]);
    return readFileSync((await file.path())!);
  };
  const json = JSON.parse((await downloaded(tr('consents-receipt-json'))).toString('utf8'));
  expect(json.state).toBe('withdrawn');
  expect(json.events.at(-1)).toMatchObject({ state: 'withdrawn', by: 'person', method: 'online', reference });
  expect(json.shared_with.map((s: { organisation: string }) => s.organisation)).toContain('Northshire Council Housing');
  const pdf = await downloaded(tr('consents-receipt-pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);

  await card.getByRole('link', { name: new RegExp(`^${tr('consents-give-again-link')}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('consents-give-again-heading'));
  await audit();
  await page.getByRole('button', { name: tr('consents-give-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('consents-given-panel'));
  const again = (await page.locator('.govuk-panel__body strong').textContent())!.trim();
  expect(again).toMatch(/^CON-\d{6}$/);
  expect(again).not.toBe(reference);
  await page.getByRole('link', { name: tr('consents-back') }).click();
  await expect(card).toContainText(tr('consents-status-given'));
  await expect(card).toContainText(again);
});

test('what we do without asking says the real law and offers an objection, never a way to take consent back', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 6, BLOCK);
  await page.goto('/consents');
  // The consent they took back offers only "say yes again".
  const card = page.locator('.govuk-summary-card');
  await expect(card).toContainText(tr('consents-status-withdrawn'));
  await expect(card.getByRole('link', { name: new RegExp(`^${tr('consents-withdraw-link')}`) })).toHaveCount(0);
  await expect(page.getByRole('link', { name: new RegExp(`^${tr('consents-withdraw-link')}`) })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: tr('consents-use-care') })).toBeVisible();
  await expect(page.getByText('Article 9(2)(h)').first()).toBeVisible();
  await audit();

  // The button's hidden words name the use, so each of the page's "Object" buttons is distinct.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const object = new RegExp(`^${escape(tr('consents-object-button'))}\\s*: ${escape(tr('consents-use-care'))}$`);
  await page.getByRole('button', { name: object }).click();
  await expect(page).toHaveURL(/\/requests\/new\/about$/);
  await expect(page.getByLabel(tr('request-about-question'))).toHaveValue(tr('consents-object-about', { use: tr('consents-use-care') }));
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByLabel(tr('contact-portal'), { exact: true }).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('request-check-heading'));
  await expect(page.getByText(tr('right-objection'), { exact: true })).toBeVisible();
});

test('after a withdrawal staff tell each organisation, once each, and the person sees each step', async ({ page, browser, tr, audit, locale, javaScriptEnabled }) => {
  // A person and two members of staff, with an accessibility audit at every step: on two
  // cores this takes about 32 seconds, past the default 30.
  test.slow();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** A message whose `date` may be any day. */
  const anyDay = (id: string, args: Record<string, string> = {}) =>
    new RegExp(escape(tr(id, { ...args, date: 'DAY' })).replace('DAY', '.+'));
  const centre = "Northshire Carers' Centre";
  const together = 'Northshire Carers Together';

  // Person 6 took back the carers' consent: the demo council told one charity, not yet the other.
  await demoPerson(page, tr, 6, BLOCK);
  await page.goto('/consents');
  const card = page.locator('.govuk-summary-card');
  await expect(card.getByText(tr('consents-tell-key'))).toBeVisible();
  // Who considered whether they could decide, and where the answer is written down.
  await expect(card.getByText(tr('consents-capacity'))).toBeVisible();
  await expect(card.getByText('Note of the visit, kept in your case file')).toBeVisible();
  await expect(card.getByText(anyDay('consents-tell-told', { organisation: together }))).toBeVisible();
  await expect(card.getByText(tr('consents-tell-not-yet', { organisation: centre }))).toBeVisible();
  await audit();

  const context = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await context.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-caseworker')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(staff).toHaveURL(/\/account$/);
  await staff.getByRole('link', { name: tr('account-staff-consents-link') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(tr('staff-consents-heading'));
  const theirs = staff.locator('.govuk-summary-card', { hasText: demoPersonRef(6, BLOCK) });
  await expect(theirs).toHaveCount(1);
  // Taken back long ago in the demo: past the five working days, and said in words.
  await expect(theirs.getByText(tr('staff-consents-overdue'))).toBeVisible();
  const row = theirs.locator('.govuk-summary-list__row', { hasText: centre });
  await expect(row).toContainText(tr('staff-consents-not-told'));
  await expect(theirs.locator('.govuk-summary-list__row', { hasText: together })).toContainText(anyDay('staff-consents-told-on'));
  await audit(staff);

  // The same list open in a second tab: its press, after the first, must change nothing.
  const second = await context.newPage();
  await second.goto(staff.url());
  const told = new RegExp(`^${escape(tr('staff-consents-mark-told'))}`);
  await row.getByRole('button', { name: told }).click();
  await expect(staff.locator('.govuk-notification-banner')).toContainText(tr('staff-consents-recorded'));
  await expect(row).toContainText(anyDay('staff-consents-told-on'));
  await second
    .locator('.govuk-summary-card', { hasText: demoPersonRef(6, BLOCK) })
    .locator('.govuk-summary-list__row', { hasText: centre })
    .getByRole('button', { name: told })
    .click();
  await expect(second.getByRole('alert')).toContainText(tr('error-recipient-already-told'));
  await expect(second).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  await audit(second);

  await row.getByRole('button', { name: new RegExp(`^${escape(tr('staff-consents-mark-confirmed'))}`) }).click();
  await expect(row).toContainText(anyDay('staff-consents-confirmed-on'));
  await expect(row.getByRole('button')).toHaveCount(0);
  await context.close();

  await page.reload();
  await expect(card.getByText(anyDay('consents-tell-confirmed', { organisation: centre }))).toBeVisible();
  await expect(card.getByText(anyDay('consents-tell-told', { organisation: together }))).toBeVisible();
});

test('a yes for a set time that is over says so, and can be given again but not taken back', async ({ page, tr, audit }) => {
  // Person 4 (the sharing spec's, only read here) said yes to the housing share for a set time.
  await demoPerson(page, tr, 4, BLOCK);
  await page.goto('/consents');
  const card = page.locator('.govuk-summary-card');
  await expect(card).toContainText(tr('consents-status-expired'));
  await expect(card.getByText(tr('consents-until'), { exact: true })).toBeVisible();
  await expect(card.getByText('Signed consent form, kept in your case file')).toBeVisible();
  await expect(card.getByRole('link', { name: new RegExp(`^${tr('consents-withdraw-link')}`) })).toHaveCount(0);
  await expect(card.getByRole('link', { name: new RegExp(`^${tr('consents-give-again-link')}`) })).toHaveCount(1);
  await audit();
});
