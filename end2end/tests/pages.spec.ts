// The public pages: start page, footer pages, language choice, 404, skip link (every page at 320
// pixels wide is in every-page.spec.ts).
import { test, expect } from '../support/fixtures';

test('the start page says what the service is for and how to get help another way', async ({ page, tr, tag, audit }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('start-heading'));
  await expect(page.getByRole('button', { name: tr('start-button') })).toBeVisible();
  await expect(page.getByRole('heading', { name: tr('start-other-heading') })).toBeVisible();
  await expect(page.getByText(tr('demo-banner'))).toBeVisible();
  await expect(page).toHaveTitle(`${tr('start-title')} – ${tr('service-name')}`);
  await audit();
});

test('the start button leads to a sign-in page that offers the demo sign-in', async ({ page, tr, audit }) => {
  await page.goto('/');
  await page.getByRole('button', { name: tr('start-button') }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sign-in-heading'));
  await expect(page.getByRole('link', { name: tr('sign-in-demo') })).toBeVisible();
  await audit();
});

for (const [link, heading] of [
  ['footer-accessibility', 'accessibility-heading'],
  ['footer-privacy', 'privacy-heading'],
  ['footer-cookies', 'cookies-heading'],
  ['footer-contact', 'contact-heading'],
  ['footer-leaflets', 'leaflets-heading'],
]) {
  test(`the footer link "${link}" opens its page`, async ({ page, tr, audit }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: tr(link) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(heading));
    await audit();
  });
}

test('the accessibility statement follows the model statement and says how it was tested', async ({ page, tr }) => {
  await page.goto('/accessibility');
  for (const heading of [
    'accessibility-how-heading',
    'accessibility-feedback-heading',
    'accessibility-reporting-heading',
    'accessibility-enforcement-heading',
    'accessibility-technical-heading',
    'accessibility-compliance-heading',
    'accessibility-improving-heading',
    'accessibility-preparation-heading',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: tr(heading) })).toBeVisible();
  }
  await expect(page.getByText(tr('accessibility-tested'))).toBeVisible();
});

test('the cookies page lists only essential cookies', async ({ page, tr }) => {
  await page.goto('/cookies');
  const table = page.getByRole('table', { name: tr('cookies-table-caption') });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('cell', { name: 'candour_lang' })).toBeVisible();
});

test('the language switcher changes the language and remembers it', async ({ page, tag, audit }) => {
  const other = tag === 'cy' ? 'en-GB' : 'cy';
  const otherName = other === 'cy' ? 'Cymraeg' : 'English';
  await page.goto('/cookies');
  await page.getByRole('navigation', { name: /Language|Iaith/ }).getByRole('link', { name: otherName }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await expect(page).toHaveURL(/\/cookies\?lang=/);
  await audit();
  await page.goto('/privacy');
  await expect(page.locator('html')).toHaveAttribute('lang', other);
});

test('an unknown language in the address shows the page with a plain explanation', async ({ page, tr, tag, audit }) => {
  await page.goto('/?lang=klingon');
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.getByText(tr('language-unavailable', { language: 'klingon' }))).toBeVisible();
  await audit();
});

test('an address that does not exist gets a plain-English page not found, with status 404', async ({ page, tr, audit }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('not-found-heading'));
  await expect(page.getByRole('link', { name: /^tel:|01632/ })).toBeVisible();
  await audit();
});

test('the skip link is the first thing the keyboard reaches and moves to the main content', async ({ page, tr }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: tr('skip-to-main-content') });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});
