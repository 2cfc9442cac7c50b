// A person who asks to be replied to by email gets an email, in their own language, when the
// request arrives and each time something happens to it — through a real SMTP server; and a
// person chooses to be emailed news about anything else.
import { test, expect } from '../support/fixtures';
import { translate } from '../support/i18n';
import { demoPerson } from '../support/people';
import { mailFor } from '../support/mail';

test('each change to a request is emailed, saying only that there is news', async ({ browser, page, tr, locale, javaScriptEnabled }) => {
  const address = `person-${test.info().project.name}@example.test`;
  await demoPerson(page, tr, 0, 9);
  await page.goto('/requests/new');
  await page.getByLabel(tr('right-access')).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByLabel(tr('request-about-question')).fill('Everything you hold about me');
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByRole('radio', { name: tr('contact-email') }).check();
  await page.getByLabel(tr('request-contact-detail')).fill(address);
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByRole('button', { name: tr('request-send') }).click();
  const reference = (await page.locator('.govuk-panel__body strong').textContent())!.trim();

  // The person's own language decides the email's, whatever language the page was in.
  const subjects = ['en-GB', 'cy'].map((tag) => translate(tag, 'email-request-subject', { name: reference }));
  await expect.poll(() => mailFor(address).length, { timeout: 15_000 }).toBe(1);
  const [made] = mailFor(address);
  expect(made.from).toBe('care@example.test');
  expect(subjects).toContain(made.subject);
  expect(made.body).toContain(`/requests/${reference}`);
  expect(made.body, 'nothing about what was asked goes by email').not.toContain('Everything you hold about me');

  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-privacy-officer')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await staff.goto(`/staff/requests/${reference}`);
  await staff.getByLabel(tr('event-id-asked')).check();
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await expect(staff.getByText(tr('work-recorded'))).toBeVisible();
  await staffContext.close();

  await expect.poll(() => mailFor(address).length, { timeout: 15_000 }).toBe(2);
  const updated = mailFor(address)[1];
  expect(updated.subject).toBe(made.subject);
  const language = subjects.indexOf(made.subject) === 0 ? 'en-GB' : 'cy';
  expect(updated.body).toContain(translate(language, 'message-request-updated', { name: reference }));
});

test('a person chooses to be emailed some news: a wrong address or no kind is explained and kept, then the choice is saved', async ({ page, tr, audit }) => {
  await demoPerson(page, tr, 1, 9);
  await page.getByRole('link', { name: tr('account-notifications-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('notifications-heading'));
  await expect(page.getByRole('radio', { name: tr('notifications-website') })).toBeChecked();
  await audit();

  await page.getByRole('radio', { name: tr('notifications-email') }).check();
  await page.getByLabel(tr('notifications-address')).fill('not an address');
  await page.getByRole('button', { name: tr('notifications-save') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-notify-email-invalid'));
  await expect(page.getByRole('alert')).toContainText(tr('error-notify-kinds'));
  await page.getByLabel(tr('notifications-kind-answers')).check();
  await page.getByRole('button', { name: tr('notifications-save') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-notify-email-invalid'));
  await expect(page.getByRole('alert')).not.toContainText(tr('error-notify-kinds'));
  await expect(page.getByLabel(tr('notifications-kind-answers'))).toBeChecked();
  await expect(page).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  await expect(page.getByLabel(tr('notifications-address'))).toHaveValue('not an address');
  await expect(page.getByRole('radio', { name: tr('notifications-email') })).toBeChecked();
  await audit();

  const address = `news-${test.info().project.name}@example.test`;
  await page.getByLabel(tr('notifications-address')).fill(address);
  await page.getByRole('button', { name: tr('notifications-save') }).click();
  await expect(page).toHaveURL(/\/account\?notifications=saved$/);
  await expect(page.locator('.govuk-notification-banner')).toContainText(tr('notifications-saved'));
  await audit();
  await page.getByRole('link', { name: tr('account-notifications-link') }).click();
  await expect(page.getByRole('radio', { name: tr('notifications-email') })).toBeChecked();
  await expect(page.getByLabel(tr('notifications-address'))).toHaveValue(address);
  await expect(page.getByLabel(tr('notifications-kind-answers'))).toBeChecked();
  await expect(page.getByLabel(tr('notifications-kind-shares'))).not.toBeChecked();
});
