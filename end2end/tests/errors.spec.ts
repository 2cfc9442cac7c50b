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
