// Easy Read leaflets on the site: the list, a leaflet page in any language (right to left for
// Urdu), downloads as PDF, and a signed-in person's own copy.
import { test, expect } from '../support/fixtures';
import { demoPerson } from '../support/people';

test('a leaflet reads as Easy Read on the page and downloads as a PDF', async ({ page, tr, audit }) => {
  await page.goto('/leaflets');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('leaflets-heading'));
  await audit();
  await page.getByRole('link', { name: /Your rights over your information|Eich hawliau dros eich gwybodaeth/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your rights over your information|Eich hawliau dros eich gwybodaeth/);
  await expect(page.getByRole('img', { name: /^(An eye|Llygad)$/ })).toBeVisible();
  await audit();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: tr('leaflet-download-large') }).click();
  expect((await download).suggestedFilename()).toMatch(/^your-rights-(en-GB|cy)-large-print\.pdf$/);
});

test('a leaflet in Urdu is marked right to left and its pictures move to the right', async ({ page, audit }) => {
  await page.goto('/leaflets/how-we-share');
  await page.getByRole('link', { name: 'اردو' }).click();
  const leaflet = page.locator('.candour-leaflet');
  await expect(leaflet).toHaveAttribute('lang', 'ur');
  await expect(leaflet).toHaveAttribute('dir', 'rtl');
  const point = leaflet.locator('.candour-easy-read__point').first();
  const picture = await point.locator('img').boundingBox();
  const words = await point.locator('.candour-easy-read__text').boundingBox();
  expect(picture!.x).toBeGreaterThan(words!.x);
  await audit();
});

test('leaflet pages reflow at 320 pixels wide', async ({ page, audit }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/leaflets', '/leaflets/who-can-see', '/leaflets/who-can-see?in=pa']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    await audit();
  }
});

test('a signed-in person downloads their own copy in their language', async ({ page, tr }) => {
  await demoPerson(page, tr, 0, 13);
  await page.goto('/leaflets');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: tr('leaflets-mine-link') }).click();
  // Demo people prefer English or Welsh; the copy follows their record, not the page.
  expect((await download).suggestedFilename()).toMatch(/^your-rights-(en-GB|cy)(-large-print)?\.pdf$/);
});

test('a comms officer previews and downloads leaflets and the print pack', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-comms-officer')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await page.getByRole('link', { name: tr('account-leaflets-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('comms-heading'));
  await audit();
  const table = page.getByRole('table', { name: tr('comms-table-caption') });
  await expect(table.getByRole('row')).toHaveCount(1 + 3 * 4);
  const pack = page.waitForEvent('download');
  await page.getByRole('link', { name: tr('comms-pack-link') }).click();
  expect((await pack).suggestedFilename()).toMatch(/^leaflets-print-pack-\d{4}-\d{2}-\d{2}\.zip$/);
  await table.getByRole('link', { name: new RegExp(`^${tr('comms-preview')} Who can see your record|^${tr('comms-preview')} Pwy sy'n gallu gweld eich cofnod`) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Who can see your record|Pwy sy'n gallu gweld eich cofnod/);
});

/** Signs in as a comms officer and opens the comms page. */
async function asCommsOfficer(page: import('@playwright/test').Page, tr: (id: string) => string) {
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-comms-officer')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await page.goto('/staff/leaflets');
}

test('a comms officer corrects the council details, and mistakes come back with what was typed', async ({ page, tr, audit }) => {
  await asCommsOfficer(page, tr);
  // Every project saves the same (demo) details, so runs in parallel cannot disagree.
  await page.getByRole('link', { name: `${tr('change')} ${tr('comms-organisation-name').toLowerCase()}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('organisation-heading'));
  await audit();
  await page.getByLabel(tr('comms-organisation-name')).fill('');
  await page.getByLabel(tr('comms-organisation-email')).fill('not an email');
  await page.getByRole('button', { name: tr('organisation-button') }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toContainText(tr('error-organisation-name-empty'));
  await expect(summary).toContainText(tr('error-organisation-email-not-email'));
  await expect(page.getByLabel(tr('comms-organisation-email'))).toHaveValue('not an email');
  await expect(page).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  await audit();
  await expect(summary.getByRole('link', { name: tr('error-organisation-name-empty') })).toHaveAttribute('href', '#name');
  await page.getByLabel(tr('comms-organisation-name')).fill('Demo Borough Council');
  await page.getByLabel(tr('comms-organisation-email')).fill('adult.social.care@demo-council.example');
  await page.getByRole('button', { name: tr('organisation-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('comms-heading'));
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(tr('comms-saved-details'));
  await audit();
});

test('a comms officer uploads a logo, and a file that is not a picture is refused with a reason', async ({ page, tr, audit }) => {
  await asCommsOfficer(page, tr);
  await page.getByRole('link', { name: `${tr('change')} ${tr('comms-organisation-logo').toLowerCase()}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('logo-heading'));
  await audit();
  await page.getByRole('button', { name: tr('logo-button') }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(tr('error-logo-missing'));
  await page.getByLabel(tr('logo-label')).setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
  await page.getByRole('button', { name: tr('logo-button') }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(tr('error-logo-not-png-or-svg'));
  await expect(page.locator('#logo-error')).toContainText(tr('error-logo-not-png-or-svg'));
  await audit();
  const svg = "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='80'><rect width='240' height='80' fill='#0b5e55'/></svg>";
  await page.getByLabel(tr('logo-label')).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await page.getByRole('button', { name: tr('logo-button') }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(tr('comms-saved-logo'));
  await audit();
});
