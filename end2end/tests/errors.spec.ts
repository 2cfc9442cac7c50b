// Refusals a browser can meet, each as a plain-English page.
import { test, expect } from '../support/fixtures';

test('a form sent from another website is refused with a plain explanation and nothing changes', async ({ page, tr, baseURL, audit }) => {
  await page.setContent(
    `<form method="post" action="${baseURL}/demo/sign-in"><input name="x" value="1"><button>Send</button></form>`,
  );
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('cross-site-heading'));
  await audit();
});

test('too many tries says what was limited and how long to wait, with status 429', async ({ page, tr, audit }) => {
  for (const [what, body] of [['sign-in', 'too-many-sign-in'], ['codes', 'too-many-codes'], ['requests', 'too-many-requests']]) {
    const response = await page.goto(`/problem/too-many?what=${what}&minutes=7`);
    expect(response?.status()).toBe(429);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('too-many-heading'));
    await expect(page.getByText(tr(body))).toBeVisible();
    // The English wait is a Fluent plural, so the check is on the number the page gives.
    await expect(page.locator('main')).toContainText(/\b7\b/);
    await audit();
  }
});
