// A person asks for a copy of their information and follows it; a privacy officer works it.
import { test, expect } from '../support/fixtures';
import { demoPerson } from '../support/people';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const candour = path.resolve(__dirname, '../../target/release/candour');

/** Today's due date as the contract CLI computes it (England and Wales), formatted as a person
 * reads it on the page. */
function expectedDue(months: string[]): string {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const out = execFileSync(candour, ['deadline', '--received', today, '--nation', 'england-and-wales'], { encoding: 'utf8' });
  const [y, m, d] = out.trim().split('\n').pop()!.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}


test('a person asks for a copy, fixes mistakes, changes an answer, and gets a reference and due date', async ({ page, tr, audit }) => {
  // Fourteen steps and five audits: on two cores with the other worker busy, this ran past the
  // default 30 s once (it had reached its last page).
  test.slow();
  await demoPerson(page, tr, 0);
  await page.getByRole('link', { name: tr('account-requests-link') }).click();
  await audit();
  await page.getByRole('button', { name: tr('requests-new') }).click();
  await audit();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-request-right-missing'));
  await expect(page).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  await audit();
  await page.getByLabel(tr('right-erasure')).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-request-about-missing'));
  await page.getByLabel(tr('request-about-question')).fill('My old phone number');
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByLabel(tr('contact-email'), { exact: true }).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-request-email-needed'));
  await expect(page.getByLabel(tr('contact-email'), { exact: true })).toBeChecked();
  await page.getByLabel(tr('request-contact-detail')).fill('me@example.test');
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('request-check-heading'));
  await audit();
  // Change the right: the answer is kept and "Continue" comes back to check answers.
  await page.getByRole('link', { name: `${tr('change')} ${tr('request-change-right')}` }).click();
  await expect(page.getByLabel(tr('right-erasure'))).toBeChecked();
  await page.getByLabel(tr('right-access')).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('request-check-heading'));
  await expect(page.getByText(tr('right-access'), { exact: true })).toBeVisible();
  await page.getByRole('button', { name: tr('request-send') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('request-sent-heading'));
  const months = Array.from({ length: 12 }, (_, i) => tr(`month-${i + 1}`));
  await expect(page.getByText(expectedDue(months)).first()).toBeVisible();
  await expect(page.locator('.govuk-panel__body strong')).toHaveText(/^CR-\d{6}$/);
  await audit();
});

test('a privacy officer sees requests by due date and records what happens, on the clock', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  // Two people, a dozen steps and four audits: on two cores this runs close to the default limit.
  test.slow();
  await demoPerson(page, tr, 1);
  for (const [label, value] of [['right-access', ''], ['request-about-question', 'Everything please'], ['contact-portal', '']]) {
    if (!value) {
      await page.goto(label === 'right-access' ? '/requests/new' : '/requests/new/contact');
      await page.getByLabel(tr(label)).check();
    } else {
      await page.getByLabel(tr(label)).fill(value);
    }
    await page.getByRole('button', { name: tr('continue') }).click();
  }
  await page.getByRole('button', { name: tr('request-send') }).click();
  const reference = (await page.locator('.govuk-panel__body strong').textContent())!.trim();

  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-privacy-officer')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await staff.getByRole('link', { name: tr('account-queue-link') }).click();
  await expect(staff.getByRole('link', { name: reference })).toBeVisible();
  await audit(staff);
  await staff.getByRole('link', { name: reference }).click();
  await audit(staff);

  // The officer takes the request on; the queue shows it and can show only theirs.
  const assignee = staff.getByLabel(tr('assign-label'));
  await expect(assignee).toHaveValue('');
  const you = tr('assign-you', { name: '' }).trim();
  const myOption = assignee.locator('option').filter({ hasText: you });
  await assignee.selectOption(await myOption.getAttribute('value'));
  await staff.getByRole('button', { name: tr('assign-save') }).click();
  await expect(staff.getByText(tr('assign-saved'))).toBeVisible();
  await expect(assignee.locator('option:checked')).toContainText(you);
  await staff.goto('/staff/requests?assigned=me');
  const myName = (await staff.getByRole('link', { name: reference }).locator('xpath=ancestor::tr/td[5]').textContent())!.trim();
  expect(myName).not.toBe(tr('queue-assigned-none'));
  await staff.goto('/staff/requests?assigned=none');
  await expect(staff.getByRole('link', { name: reference })).toHaveCount(0);
  await staff.goto('/staff/requests');
  await staff.getByLabel(tr('queue-filter-assigned')).selectOption('me');
  await staff.getByRole('button', { name: tr('queue-filter') }).click();
  await expect(staff.getByRole('link', { name: reference })).toBeVisible();
  await audit(staff);
  await staff.getByRole('link', { name: reference }).click();

  // Asking for ID stops the clock; the person sees it in plain words.
  await staff.getByLabel(tr('event-id-asked')).check();
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await expect(staff.getByText(tr('work-recorded'))).toBeVisible();
  await page.goto(`/requests/${reference}`);
  await expect(page.getByText(tr('request-due-waiting-id'))).toBeVisible();

  // Refusing without reasons is not allowed; the answers are kept.
  await staff.getByLabel(tr('event-refused')).check();
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await expect(staff.getByRole('alert')).toContainText(tr('error-event-reason-needed'));
  await expect(staff.getByLabel(tr('event-refused'))).toBeChecked();
  await audit(staff);

  // ID arrives; then the request is completed and leaves the queue.
  await staff.getByLabel(tr('event-id-received')).check();
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await expect(staff.getByText(tr('work-recorded'))).toBeVisible();
  await staff.getByLabel(tr('event-completed')).check();
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await staff.goto('/staff/requests');
  await expect(staff.getByRole('link', { name: reference })).toHaveCount(0);
  await page.goto(`/requests/${reference}`);
  await expect(page.getByText(tr('request-status-completed'), { exact: true })).toBeVisible();
  await expect(page.getByText(tr('event-id-received'))).toBeVisible();
  await staffContext.close();
});

test('people cannot open the staff queue', async ({ page, tr }) => {
  await demoPerson(page, tr, 2);
  const response = await page.goto('/staff/requests');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('not-found-heading'));
});

test('staff take down a phone request on the day it really arrived, with who helped', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  const projects = ['js-en', 'js-cy', 'nojs-en', 'nojs-cy'];
  const index = 150 + projects.indexOf(test.info().project.name);
  const sourceId = `DEMO-1-${String(index).padStart(7, '0')}`;
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-caseworker')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  // Caseworkers take requests down too; the queue itself is the privacy officers'.
  expect((await page.goto('/staff/requests/new'))?.status()).toBe(200);
  expect((await page.goto('/staff/requests'))?.status()).toBe(404);
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-privacy-officer')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await page.goto('/staff/requests/new');
  await audit();
  await page.getByLabel(tr('record-person')).fill('NOBODY-123');
  await page.getByRole('button', { name: tr('record-button') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-record-person-unknown'));
  await expect(page.getByRole('alert')).toContainText(tr('error-record-channel-missing'));
  await expect(page.getByLabel(tr('record-person'))).toHaveValue('NOBODY-123');
  await audit();
  await page.getByLabel(tr('record-person')).fill(sourceId);
  await page.getByLabel(tr('right-objection')).check();
  await page.getByLabel(tr('channel-phone')).check();
  await page.getByLabel(tr('date-day')).fill('2');
  await page.getByLabel(tr('date-month')).fill('3');
  await page.getByLabel(tr('date-year')).fill('2026');
  await page.getByLabel(tr('request-about-question')).fill('Please stop sending my details to the day centre');
  await page.getByLabel(tr('record-helped-by')).fill('Her son');
  await page.getByRole('button', { name: tr('record-button') }).click();
  await expect(page.getByText(tr('work-recorded'))).toBeVisible();
  await expect(page.getByText('Her son')).toBeVisible();
  // Received 2 March 2026: due 2 April 2026, long past, so it is overdue.
  await expect(page.getByText(tr('request-due-overdue', { date: `2 ${tr('month-4')} 2026`, days: 'X' }).split('X')[0])).toBeVisible();
  await audit();
});

test('a privacy officer answers a request for a copy in one step, and the person reads and downloads it', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  await demoPerson(page, tr, 3);
  for (const [label, value] of [['right-access', ''], ['request-about-question', 'Everything you have'], ['contact-portal', '']]) {
    if (!value) {
      await page.goto(label === 'right-access' ? '/requests/new' : '/requests/new/contact');
      await page.getByLabel(tr(label)).check();
    } else {
      await page.getByLabel(tr(label)).fill(value);
    }
    await page.getByRole('button', { name: tr('continue') }).click();
  }
  await page.getByRole('button', { name: tr('request-send') }).click();
  const reference = (await page.locator('.govuk-panel__body strong').textContent())!.trim();

  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-privacy-officer')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await staff.goto(`/staff/requests/${reference}`);
  await staff.getByRole('button', { name: tr('copy-make-button') }).click();
  await expect(staff.getByText(tr('copy-made'))).toBeVisible();
  await audit(staff);
  await staffContext.close();

  await page.goto(`/requests/${reference}`);
  await expect(page.getByRole('heading', { name: tr('copy-section-heading') })).toBeVisible();
  await audit();
  await page.getByRole('link', { name: tr('copy-read-online') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('copy-title'));
  await expect(page.getByRole('heading', { name: tr('copy-about-heading'), exact: true })).toBeVisible();
  // This demonstration person agreed to carers' charities being told about them, then took it
  // back: the consent is there, with the day it stopped counting (Art 7(1), 7(3)).
  await expect(page.getByRole('heading', { name: tr('copy-consents-heading'), exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: "To tell carers' charities about you, so they can offer help", exact: true })).toBeVisible();
  await expect(page.getByText(tr('copy-consent-withdrawn', { date: 'X' }).split('X')[0].trim())).toBeVisible();
  await audit();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: tr('copy-download-pdf') }).click();
  expect((await download).suggestedFilename()).toBe(`your-information-${reference}.pdf`);
});

/** Opens the first entry of the signed-in person's record that has a statement they can ask
 * to correct (a wholly withheld entry has none), and returns its address. */
async function openCorrectableEntry(page: import('@playwright/test').Page, tr: (id: string) => string): Promise<string> {
  await page.goto('/record');
  const links = page.locator('.candour-entry-list a');
  const hrefs: string[] = [];
  for (let i = 0; i < (await links.count()); i++) hrefs.push((await links.nth(i).getAttribute('href'))!);
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole('link', { name: tr('entry-correct-this') }).count()) > 0) return href;
  }
  throw new Error('no entry has a statement to correct');
}

test('a person asks to correct one statement; an officer corrects it; after a refusal they add why they disagree', async ({ browser, page, tr, audit, locale, javaScriptEnabled }) => {
  // Two requests, two people, and an accessibility audit at every step.
  test.slow();
  await demoPerson(page, tr, 4);
  const entry = await openCorrectableEntry(page, tr);
  const askToCorrect = async () => {
    await page.goto(entry);
    await page.getByRole('link', { name: tr('entry-correct-this') }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('request-correct-heading'));
    await expect(page.getByText(tr('request-correct-quoted'))).toBeVisible();
  };
  const send = async (wrong: string, shouldSay: string) => {
    await page.getByLabel(tr('request-wrong')).fill(wrong);
    await page.getByLabel(tr('request-should-say')).fill(shouldSay);
    await page.getByRole('button', { name: tr('continue') }).click();
    await page.getByLabel(tr('contact-portal')).check();
    await page.getByRole('button', { name: tr('continue') }).click();
    await expect(page.getByText(tr('request-which-part'))).toBeVisible();
    await page.getByRole('button', { name: tr('request-send') }).click();
    return (await page.locator('.govuk-panel__body strong').textContent())!.trim();
  };

  // The statement is quoted above the questions; leaving them empty keeps it there.
  await askToCorrect();
  await audit();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-request-wrong-missing'));
  await expect(page.getByText(tr('request-correct-quoted'))).toBeVisible();
  await audit();
  await page.getByLabel(tr('request-wrong')).fill('It says I have two cats');
  await page.getByLabel(tr('request-should-say')).fill('Has one cat called Tibbles.');
  await page.getByRole('button', { name: tr('continue') }).click();
  await page.getByLabel(tr('contact-portal')).check();
  await page.getByRole('button', { name: tr('continue') }).click();
  await expect(page.getByText(tr('request-which-part'))).toBeVisible();
  await audit();
  await page.getByRole('button', { name: tr('request-send') }).click();
  const accepted = (await page.locator('.govuk-panel__body strong').textContent())!.trim();

  const staffContext = await browser.newContext({ locale, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto('/demo/sign-in');
  await staff.getByLabel(tr('role-privacy-officer')).check();
  await staff.getByRole('button', { name: tr('demo-sign-in') }).click();
  await staff.goto(`/staff/requests/${accepted}`);
  // A case closed long ago asks why before the statement is quoted, then comes back here.
  if (new URL(staff.url()).pathname.endsWith('/why')) {
    await staff.getByLabel(tr('closed-reason-label')).fill('Correcting the record as asked');
    await staff.getByRole('button', { name: tr('closed-reason-send') }).click();
    await expect(staff).toHaveURL(new RegExp(`/staff/requests/${accepted}$`));
  }
  await expect(staff.getByRole('heading', { name: tr('correct-heading') })).toBeVisible();
  await expect(staff.getByLabel(tr('correct-label'))).toHaveValue('Has one cat called Tibbles.');
  await audit(staff);
  // Empty words are refused, and nothing changes.
  await staff.getByLabel(tr('correct-label')).fill('');
  await staff.getByRole('button', { name: tr('correct-button') }).click();
  await expect(staff.getByRole('alert')).toContainText(tr('error-correction-empty'));
  await audit(staff);
  await staff.getByLabel(tr('correct-label')).fill('Has one cat called Tibbles.');
  await staff.getByRole('button', { name: tr('correct-button') }).click();
  await expect(staff.getByText(tr('correct-done'))).toBeVisible();
  await expect(staff.getByRole('heading', { name: tr('correct-recipients-heading') })).toBeVisible();
  // Art 19: the demonstration council shared every entry with the district nurses.
  await expect(staff.getByRole('table', { name: tr('correct-recipients-caption') })).toContainText('Northshire NHS Foundation Trust');
  await audit(staff);

  // The person's record now says it, and the request says it is done.
  await page.goto(entry);
  await expect(page.locator('.candour-statement').filter({ hasText: 'Has one cat called Tibbles.' })).toHaveCount(1);
  await page.goto(`/requests/${accepted}`);
  await expect(page.getByText(tr('request-status-completed'), { exact: true })).toBeVisible();
  await expect(page.locator('.candour-quote')).toContainText('Has one cat called Tibbles.');

  // A second correction is refused with reasons; the person writes why they disagree.
  await askToCorrect();
  const refused = await send('Tibbles is a tabby, not black', 'Has one tabby cat.');
  await staff.goto(`/staff/requests/${refused}`);
  await staff.getByLabel(tr('event-refused')).check();
  await staff.getByLabel(tr('work-note')).fill('We checked with the visiting worker: the record is right.');
  await staff.getByRole('button', { name: tr('work-record') }).click();
  await expect(staff.getByText(tr('work-recorded'))).toBeVisible();

  await page.goto(`/requests/${refused}`);
  await expect(page.getByRole('heading', { name: tr('request-disagree-heading') })).toBeVisible();
  await audit();
  await page.getByRole('link', { name: tr('request-disagree-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('disagree-question'));
  await audit();
  await page.getByRole('button', { name: tr('disagree-save') }).click();
  await expect(page.getByRole('alert')).toContainText(tr('error-disagreement-empty'));
  await audit();
  await page.getByLabel(tr('disagree-question')).fill('Tibbles is a tabby. I have photos.');
  await page.getByRole('button', { name: tr('disagree-save') }).click();
  await expect(page.getByText(tr('request-disagree-saved'))).toBeVisible();
  await expect(page.locator('.candour-disagreement')).toContainText('Tibbles is a tabby. I have photos.');

  // It stands beside the statement on the person's record and on the officer's page.
  await page.goto(entry);
  const note = page.locator('.candour-statement .candour-disagreement');
  await expect(note).toContainText(tr('disagreement-heading'));
  await expect(note).toContainText('Tibbles is a tabby. I have photos.');
  await audit();
  await staff.goto(`/staff/requests/${refused}`);
  await expect(staff.locator('.candour-disagreement')).toContainText(tr('disagreement-heading-staff'));
  await staffContext.close();
});
