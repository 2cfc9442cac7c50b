// Signing in through a real OpenID Connect provider (end2end/oidc/harness.mjs), for the public
// and for staff, and the attacks a careful client must refuse.
import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

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

test('an ID token signed with the client secret (HS256) is refused, though the provider lists HS256', async ({ page, tr }) => {
  const metadata = await (await page.request.get(`${OIDC}/.well-known/openid-configuration`)).json();
  expect(metadata.id_token_signing_alg_values_supported).toContain('HS256');
  await signIn(page, tr, 'hs256-6');
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?return_to=/);
  // The provider's own tokens still sign in (a new browser session, so the provider asks again).
  await page.context().clearCookies();
  await signIn(page, tr, 'nhs-6');
  await expect(page).toHaveURL(/\/account$/);
});

// Tokens the provider never issued for Candour, each refused with nothing stored: no session,
// so the account page still asks the browser to sign in.
for (const [login, what] of [
  ['aud-8', 'for another client (wrong audience)'],
  ['iss-9', 'from another issuer'],
  ['none-10', 'with alg none and no signature'],
  ['hspub-11', "signed with HS256 using the provider's public key as the secret"],
]) {
  test(`an ID token ${what} is refused`, async ({ page, tr }) => {
    await signIn(page, tr, login);
    await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
    await expect(page.getByText(tr('sign-in-problem-failed'))).toBeVisible();
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?return_to=/);
  });
}

test('an ID token signed with a key the provider never published is refused, even after fetching its keys again', async ({ page, tr }) => {
  await signIn(page, tr, 'forged-privacy_officer', true);
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
  await page.goto('/staff/requests');
  await expect(page).toHaveURL(/\/sign-in\?return_to=/);
  // The same staff member with the provider's own key signs in.
  await page.context().clearCookies();
  await signIn(page, tr, 'staff-privacy_officer', true);
  await expect(page.getByText(tr('account-staff-roles'))).toBeVisible();
});

test('an answer whose state is not this browser\'s sign-in is refused, and the sign-in cannot then be finished', async ({ page, tr }) => {
  // The provider's answer is fetched without following it, as an attacker holding it would.
  await page.goto('/sign-in');
  await page.getByRole('button', { name: tr('sign-in-public') }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC}/`));
  const form = await page.locator('form').first().evaluate((f: HTMLFormElement) => ({
    action: new URL(f.getAttribute('action') ?? '', location.href).toString(),
    fields: Object.fromEntries([...new FormData(f)].map(([k, v]) => [k, String(v)])),
  }));
  let answer = await page.request.post(form.action, {
    form: { ...form.fields, login: 'nhs-12', password: 'any password' },
    maxRedirects: 0,
  });
  while (!(answer.headers().location ?? '').includes('/auth/public/callback')) {
    expect(answer.status(), await answer.text()).toBeGreaterThanOrEqual(300);
    answer = await page.request.get(new URL(answer.headers().location, OIDC).toString(), { maxRedirects: 0 });
  }
  const genuine = answer.headers().location;
  const forged = new URL(genuine);
  forged.searchParams.set('state', 'chosen-by-an-attacker');
  await page.goto(forged.toString());
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=failed$/);
  // The refused answer used up the attempt: the genuine one is now refused too.
  await page.goto(genuine);
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=expired$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?return_to=/);
  // The same person, starting again without interference, is signed in (the provider
  // remembers them, so it answers at once).
  await page.goto('/sign-in');
  await page.getByRole('button', { name: tr('sign-in-public') }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(tr('account-signed-in-as', { name: 'Test person 12' }))).toBeVisible();
});

test('after the provider rotates its signing key, the next sign-in works at once', async ({ page, tr }) => {
  await signIn(page, tr, 'rotate-7');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(tr('account-signed-in-as', { name: 'Test person 7' }))).toBeVisible();
  const keys = await (await page.request.get(`${OIDC}/jwks`)).json();
  expect(keys.keys.map((k: { kid: string }) => k.kid)).toContain('rotated-key');
});

test('saying no at the sign-in service is explained as stopping, and logged', async ({ page, tr }) => {
  const logged = mentions('access_denied');
  await page.goto('/sign-in');
  await page.getByRole('button', { name: tr('sign-in-public') }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC}/`));
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  await expect(page).toHaveURL(/\/sign-in\/problem\?reason=cancelled$/);
  await expect(page.getByText(tr('sign-in-problem-cancelled'))).toBeVisible();
  await expect.poll(() => mentions('access_denied')).toBeGreaterThan(logged);
});

// The provider's other error answers, as it gives them: its authorization endpoint sends the
// browser straight back to Candour with `error` and the attempt's `state`. (The browser follows
// Candour's redirect to the provider without showing it to the test, so the answer is given
// where that redirect is made.)
for (const [error, reason, message] of [
  ['login_required', 'sign-in-again', 'sign-in-problem-sign-in-again'],
  ['temporarily_unavailable', 'busy', 'sign-in-problem-busy'],
  ['server_error', 'provider-error', 'sign-in-problem-provider-error'],
]) {
  test(`the sign-in service answering ${error} is explained in its own words, and logged`, async ({ page, tr, audit }) => {
    await page.route((url) => url.pathname === '/auth/public/sign-in', async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const asked = new URL(response.headers()['location']);
      expect(asked.origin).toBe(OIDC);
      const back = new URL(asked.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('error', error);
      back.searchParams.set('state', asked.searchParams.get('state') ?? '');
      await route.fulfill({ response, headers: { ...response.headers(), location: back.toString() } });
    });
    const logged = mentions(error);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: tr('sign-in-public') }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-in/problem\\?reason=${reason}$`));
    await expect(page.getByText(tr(message))).toBeVisible();
    await audit();
    await expect.poll(() => mentions(error)).toBeGreaterThan(logged);
  });
}

/** How many lines Candour has logged so far in this run saying the provider answered `code`. */
function mentions(code: string): number {
  return readFileSync(process.env.E2E_SERVER_LOG ?? '', 'utf8')
    .split('\n')
    .filter((line) => line.includes('the identity provider did not sign the person in') && line.includes(code)).length;
}
