// Staff in the browser tests: signing in through the demo as one role, and saying why before
// opening a person's closed case (asked only of a case closed long enough ago; Candour's
// `closed_cases` workflow), as a browser without JavaScript posts the form.
import { expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Signs `page` in through the demo as a member of staff with `role` ("caseworker",
 * "privacy_officer"). */
export async function signInAsStaff(page: Page, role: string, tr: (id: string) => string) {
  await page.goto('/demo/sign-in');
  await page.getByLabel(tr(`role-${role.replace('_', '-')}`)).check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** The member of staff signed in on `page` says why they open person `person`'s case; for a case
 * that is open, or closed only a short while, nothing happens. */
export async function sayWhy(page: Page, person: string) {
  const origin = new URL(page.url()).origin;
  const answer = await page.request.post('/api/staff/closed-case/reason', {
    form: { person, reason: 'Casework for a browser test' },
    headers: { Origin: origin, Accept: 'application/json' },
  });
  expect(answer.status(), await answer.text()).toBeLessThan(400);
}
