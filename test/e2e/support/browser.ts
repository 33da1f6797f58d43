import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromiumPath } from '../global-setup.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const baseUrl = inject('e2eBaseUrl');
export const browserUnavailable = baseUrl === null;

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser for the spec file: launched before its tests (unless browsers are unavailable)
 * and closed after them. Call at the top level; use the getter inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!browserUnavailable) browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser is not running (call useBrowser at the top level).');
    return browser;
  };
}

/** A phone-sized page (360 px wide) that fails the test on any CSP violation or page error. */
export async function openPhonePage(
  browser: Browser,
  locale = 'en-GB',
  timezoneId?: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    locale,
    ...(timezoneId === undefined ? {} : { timezoneId }),
    baseURL: baseUrl ?? undefined,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  pageProblems.set(page, problems);
  return page;
}

const pageProblems = new WeakMap<Page, string[]>();

/** Closes the page, failing on any script error or CSP violation seen while it was open. */
export async function closePage(page: Page) {
  await page.context().close();
  expect(pageProblems.get(page) ?? []).toEqual([]);
}

/** Fails when the page scrolls sideways on a 360 px phone. */
export const expectFitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

/** Runs axe-core in the page and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              nodes: Array<{ target: unknown }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}) at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
      );
  });
  expect(violations, `accessibility on ${page.url()}`).toEqual([]);
}

/** Signs up a new person through the form; ends on Settings, where sign-up lands. */
export async function signUpInBrowser(page: Page, emailPrefix: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(`${emailPrefix}-${Date.now()}-${Math.random()}@example.org`);
  await page.getByLabel('Password').fill('lantern orchard 58 quietly');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'I have saved my codes' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
}

/** One request the page (or its service worker) made: enough to tell what it carried. */
export type SentRequest = { method: string; url: string; body: string | null };

/**
 * Records every request the page's context makes from now on, for tests that show what a
 * visitor typed stays on the device. Read the list after the page has done its work.
 */
export function recordRequests(page: Page): SentRequest[] {
  const sent: SentRequest[] = [];
  page.context().on('request', (request: Request) => {
    sent.push({ method: request.method(), url: request.url(), body: request.postData() });
  });
  return sent;
}

/**
 * Fails if a recorded request could carry what the visitor entered: anything but a GET, any
 * request body, or a URL that holds one of the `entered` words or names a route that takes them.
 */
export function expectNothingSent(sent: SentRequest[], entered: string[]) {
  expect(sent.filter((request) => request.method !== 'GET' || request.body !== null)).toEqual([]);
  const carries = (url: string) =>
    /\/api\/(questionnaires\/[^/]+\/(score|responses)|simulate|interactions|family\/checklist)/.test(
      url,
    ) || entered.some((word) => decodeURIComponent(url).toLowerCase().includes(word.toLowerCase()));
  expect(sent.filter((request) => carries(request.url))).toEqual([]);
}
