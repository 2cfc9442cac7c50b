// Signing in as a synthetic person through the demo sign-in, with each project (JavaScript on
// or off, English or Welsh) using its own people so parallel specs never share a record.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const projects = ['js-en', 'js-cy', 'nojs-en', 'nojs-cy'];

/** Signs `page` in as the `nth` person of this project's block of twelve people. A spec owns
 * four blocks from `firstBlock` (one per project): delegates 1–4, requests 5–8, email 9–12,
 * leaflets 13–16 (person 0; people 1–5 are the sharing spec's). It returns the person's id (Candour's own,
 * as staff addresses use it). Block 0 is read by specs that only look; its people 8–11 are the page crawl's
 * ({@link crawlPerson}). */
export async function demoPerson(page: Page, tr: (id: string) => string, nth: number, firstBlock = 5): Promise<string> {
  const offset = 12 * (firstBlock + projects.indexOf(test.info().project.name));
  await page.goto(`/demo/sign-in?after=${offset}`);
  const choice = page.locator('input[name="choice"][value^="person:"]').nth(nth);
  const id = (await choice.getAttribute('value'))!.split(':')[1];
  await choice.check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page).toHaveURL(/\/account$/);
  return id;
}

/** The case-system id of the person `demoPerson(page, tr, nth, firstBlock)` signs in as, for
 * staff pages that ask for it (the demo council numbers people DEMO-1-0000000 upwards). */
export function demoPersonRef(nth: number, firstBlock = 5): string {
  const index = 12 * (firstBlock + projects.indexOf(test.info().project.name)) + nth;
  return `DEMO-1-${String(index).padStart(7, '0')}`;
}

/** The index of this project's own person for the page crawl: people 8–11 of block 0. */
function crawlIndex(): number {
  return 8 + projects.indexOf(test.info().project.name);
}

/** The case-system id of this project's person for the page crawl. */
export function crawlPersonRef(): string {
  return `DEMO-1-${String(crawlIndex()).padStart(7, '0')}`;
}

/** Signs `page` in as this project's own person for the page crawl. */
export async function crawlPerson(page: Page, tr: (id: string) => string) {
  await page.goto(`/demo/sign-in?after=${crawlIndex()}`);
  await page.locator('input[name="choice"][value^="person:"]').first().check();
  await page.getByRole('button', { name: tr('demo-sign-in') }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** Candour's own id of this project's person for the page crawl, read from the demo sign-in
 * page (which anyone may open) without signing in as them. */
export async function crawlPersonId(page: Page): Promise<string> {
  await page.goto(`/demo/sign-in?after=${crawlIndex()}`);
  const value = await page.locator('input[name="choice"][value^="person:"]').first().getAttribute('value');
  return value!.split(':')[1];
}

/** Candour's own id of the person `demoPerson(page, tr, nth, firstBlock)` signs in as, read from
 * the demo sign-in page (which anyone may open) without signing in as them. */
export async function demoPersonId(page: Page, nth: number, firstBlock = 5): Promise<string> {
  const offset = 12 * (firstBlock + projects.indexOf(test.info().project.name));
  await page.goto(`/demo/sign-in?after=${offset}`);
  const value = await page.locator('input[name="choice"][value^="person:"]').nth(nth).getAttribute('value');
  return value!.split(':')[1];
}
