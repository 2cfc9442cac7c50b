// Islands: the only code that runs in the browser. A broken WebAssembly build still builds, so
// this waits for an island to report itself running (or, without JavaScript, checks the page is
// complete without it).
import { test, expect } from '../support/fixtures';

test('the print button appears once its island is running, and never without JavaScript', async ({ page, tr, javaScriptEnabled, audit }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/accessibility');
  const button = page.getByRole('button', { name: tr('print-this-page') });
  if (javaScriptEnabled) {
    await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1, { timeout: 10_000 });
    await expect(button).toBeVisible();
  } else {
    await expect(button).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('accessibility-heading'));
  }
  expect(errors).toEqual([]);
  await audit();
});
