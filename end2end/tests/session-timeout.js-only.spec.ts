// The session timeout warning needs JavaScript, so this spec runs only in the JavaScript
// projects. Without JavaScript the server ends the session at the limit and the next page says
// so (server/tests/binary/sessions.rs).
import { test, expect } from '../support/fixtures';

test('two minutes before the time limit a warning offers to stay signed in', async ({ page, tr, audit }) => {
  await page.clock.install();
  await page.goto('/demo/sign-in');
  await page.locator('input[name="choice"][value^="person:"]').first().check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached({ timeout: 10_000 });
  const dialog = page.getByRole('alertdialog', { name: tr('timeout-heading') });
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('28:01');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: tr('timeout-stay') })).toBeFocused();
  await audit();
  const keepAlive = page.waitForResponse((r) => r.url().endsWith('/auth/keep-alive'));
  await dialog.getByRole('button', { name: tr('timeout-stay') }).click();
  expect((await keepAlive).status()).toBe(204);
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('30:01');
  await expect(page).toHaveURL(/\/signed-out\?reason=timeout&return_to=%2Faccount|\/signed-out\?reason=timeout&return_to=\/account/);
});
