// Demo sign-in, signing out, acting for someone, and the session timeout warning.
import { test, expect } from '../support/fixtures';

test('an empty demo sign-in comes back with an error summary and the answer missing', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in');
  await audit();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page).toHaveTitle(new RegExp(`^${tr('error-prefix')}`));
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(tr('error-demo-choose'));
  await summary.getByRole('link', { name: tr('error-demo-choose') }).click();
  await expect(page.locator('#choice-person')).toBeFocused();
  await audit();
});

test('a person signs in, sees their information, and signs out', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in');
  const first = page.locator('input[name="choice"][value^="person:"]').first();
  const name = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).textContent())!.trim();
  await first.check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('account-heading'));
  await expect(page.getByText(tr('account-signed-in-as', { name }))).toBeVisible();
  await audit();
  await page.getByRole('button', { name: tr('navigation-sign-out') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('signed-out-heading'));
  await audit();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?return_to=\/account$/);
});

test('a family member acting for someone sees whom they act for on every page', async ({ page, tr, audit }) => {
  await page.goto('/demo/sign-in');
  const delegate = page.locator('input[name="choice"][value^="delegate:"]').nth(1);
  await delegate.check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  const banner = page.getByText(tr('acting-for', { name: 'X' }).split('X')[0]);
  await expect(banner).toBeVisible();
  await audit();
  await page.goto('/accessibility');
  await expect(banner).toBeVisible();
});

test('staff sign in with a role and see it', async ({ page, tr }) => {
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr('role-privacy-officer')).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page.getByText(tr('account-staff-roles'))).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: tr('role-privacy-officer') })).toBeVisible();
});
