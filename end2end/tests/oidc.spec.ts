// Signing in through a real OpenID Connect provider (end2end/oidc/harness.mjs), for the public
// and for staff, and the attacks a careful client must refuse.
import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';

const OIDC = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3290}`;

/** Starts from Candour's sign-in page and signs in at the provider as `login`. */
async function signIn(page: Page, tr: (id: string) => string, login: string, staff = false) {
  await page.goto('/sign-in');
  if (staff) {
    await page.getByRole('link', { name: tr('sign-in-staff') }).click();
  } else {
    await page.getByRole('button', { name: tr('sign-in-public') }).click();
  }
  await expect(page).toHaveURL(new RegExp(`^${OIDC}/`));
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('a person whose identity was checked signs in and is matched to their care record', async ({ page, tr, audit }) => {
  await signIn(page, tr, 'nhs-1');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(tr('account-signed-in-as', { name: 'Test person 1' }))).toBeVisible();
  await expect(page.getByText(tr('account-not-matched'))).toHaveCount(0);
  await audit();
});

test('a lower identity level signs in but is not matched to any record', async ({ page, tr }) => {
  await signIn(page, tr, 'low-0');
  await expect(page.getByText(tr('account-not-matched'))).toBeVisible();
});

test('someone with no care record is told so and how to get help', async ({ page, tr }) => {
  await signIn(page, tr, 'nobody');
  await expect(page.getByText(tr('account-not-matched'))).toBeVisible();
});

// The staff client authenticates with private_key_jwt, the public one with a secret
// (playwright.config.ts), so these two tests cover both ways of proving who Candour is.
test('staff sign in through the staff provider and get the roles it names', async ({ page, tr }) => {
  await signIn(page, tr, 'staff-caseworker', true);
  await expect(page.getByText(tr('account-staff-roles'))).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: tr('role-caseworker') })).toBeVisible();
});

test('signing in returns to the page the person was going to', async ({ page, tr }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?return_to=\/account$/);
  await page.getByRole('button', { name: tr('sign-in-public') }).click();
  await page.getByPlaceholder('Enter any login').fill('nhs-1');
  await page.getByPlaceholder('and password').fill('x');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test('a callback used once cannot be used again', async ({ page, tr, audit }) => {
  let callback = '';
  page.on('request', (r) => {
    if (r.url().includes('/auth/public/callback')) callback = r.url();
  });
  await signIn(page, tr, 'nhs-2');
  await expect(page).toHaveURL(/\/account$/);
  expect(callback).not.toBe('');
  await page.goto(callback);
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=expired$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('sign-in-problem-heading'));
  await audit();
});

test('an ID token for another sign-in (wrong nonce) is refused', async ({ page, tr }) => {
  // An attacker swaps the nonce on the way to the provider: the provider signs a token that is
  // valid in every way except that it does not belong to this browser's sign-in.
  let rewritten = 0;
  await page.route((url) => url.pathname === '/auth/public/sign-in', async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const location = new URL(response.headers()['location']);
    location.searchParams.set('nonce', 'chosen-by-an-attacker');
    rewritten += 1;
    await route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
  });
  await signIn(page, tr, 'nhs-3');
  expect(rewritten).toBe(1);
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
  await expect(page.getByText(tr('sign-in-problem-failed'))).toBeVisible();
});

test('an ID token changed after it was signed is refused', async ({ page, tr }) => {
  await signIn(page, tr, 'tamper-4');
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?return_to=/);
});

test('an expired ID token is refused', async ({ page, tr }) => {
  await signIn(page, tr, 'expire-5');
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
});
