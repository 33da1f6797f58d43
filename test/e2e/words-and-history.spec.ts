import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserUnavailable,
  closePage,
  expectNoSeriousA11yViolations,
  openPhonePage,
  signUpInBrowser,
  useBrowser,
} from './support/browser.js';

const browser = useBrowser();

async function signUp(page: Page, prefix: string) {
  await signUpInBrowser(page, prefix);
  const profile = await page.request.patch('/api/me', {
    data: { country: 'GB', timeZone: 'Europe/London' },
  });
  expect(profile.status()).toBe(200);
}

/** What has keyboard focus: its text, and whether it sits inside `selector`. */
const focused = (page: Page, selector: string) =>
  page.evaluate((inside) => {
    const active = document.activeElement;
    return {
      text: active?.textContent?.trim() ?? '',
      inside: Boolean(active?.closest(inside)),
      isBody: active === document.body,
    };
  }, selector);

const utcDay = (daysAgo: number) => {
  const day = new Date(Date.now() - daysAgo * 86_400_000);
  return day.toISOString().slice(0, 10);
};

describe.skipIf(browserUnavailable)('words, titles and focus on a phone', () => {
  it('says what is wrong with a field by its label, once, with no internal words', async () => {
    const page = await openPhonePage(browser());
    await signUp(page, 'words');
    await page.goto('/');
    await page.getByLabel('Hours slept last night').fill('30');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    const summary = page.locator('.form-error');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('Please check Hours slept last night.');
    const field = page.getByLabel('Hours slept last night');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.locator('.field-error').allTextContents())
      .toEqual(['At most 24.']);
    // A wrong answer inside a folded part opens that part, so the named field can be seen.
    await field.fill('7');
    await page.getByText('Blood pressure and heart rate (optional)').click();
    await page.getByLabel('Heart rate (beats a minute)').fill('400');
    await page.getByText('Blood pressure and heart rate (optional)').click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(() => summary.textContent())
      .toBe('Please check Heart rate (beats a minute).');
    expect(await page.getByLabel('Heart rate (beats a minute)').isVisible()).toBe(true);
    const everything = (await page.locator('main').textContent()) ?? '';
    expect(everything).not.toMatch(/Something went wrong|body\.|sleepHours|Too big|<=/);
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });

  it('keeps a long note whole and says the limit while typing, before anything is sent', async () => {
    const page = await openPhonePage(browser());
    await signUp(page, 'limits');
    await page.goto('/');
    const checkIn = page.locator('form', {
      has: page.getByRole('button', { name: 'Save check-in' }),
    });
    const notes = checkIn.getByLabel('Notes (optional)');
    await notes.fill('a'.repeat(2001));
    // Nothing is cut off: the person sees all they typed and what to do about it.
    expect((await notes.inputValue()).length).toBe(2001);
    expect(await notes.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => checkIn.locator('.field-error').allTextContents())
      .toEqual(['Please shorten this to at most 2,000 characters (it has 2,001).']);
    await notes.press('Backspace');
    await expect.poll(() => checkIn.locator('.field-error').count()).toBe(0);
    expect(await notes.getAttribute('aria-invalid')).toBeNull();
    await closePage(page);
  });

  it('gives every page its own title', async () => {
    const page = await openPhonePage(browser());
    await signUp(page, 'titles');
    const titles: string[] = [];
    for (const [url, title] of [
      ['/', 'Today – Ketalog'],
      ['/history', 'History – Ketalog'],
      ['/self-check', 'Self-check – Ketalog'],
      ['/learn', 'Learn – Ketalog'],
      ['/help', 'Get help now – Ketalog'],
    ] as const) {
      await page.goto(url);
      await expect.poll(() => page.title()).toBe(title);
      titles.push(await page.title());
    }
    await page.goto('/learn/withdrawal');
    await expect.poll(() => page.title()).toMatch(/^.*withdrawal.* – Ketalog$/i);
    expect(new Set(titles).size).toBe(titles.length);
    await closePage(page);
  });

  it('moves focus to the confirmation after saving a dose or a check-in, and to the result of a self-check', async () => {
    const page = await openPhonePage(browser());
    await signUp(page, 'focus');
    await page.goto('/');
    await page.getByLabel('Amount in mg').fill('40');
    await page.getByRole('button', { name: 'Save dose' }).click();
    await expect
      .poll(async () => (await focused(page, '[role="status"]')).text)
      .toMatch(/^Dose saved at/);

    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(async () => (await focused(page, '[role="status"]')).text)
      .toBe('Check-in saved. Thank you.');

    await page.goto('/self-check/gad-7');
    await page.locator('fieldset.question').first().waitFor();
    for (const group of await page.locator('fieldset.question').all()) {
      await group.getByRole('radio').first().check();
    }
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByTestId('self-check-result').waitFor();
    await expect
      .poll(async () => JSON.stringify(await focused(page, '[data-testid="self-check-result"]')))
      .toMatch(/"inside":true/);
    await closePage(page);
  });
});

describe.skipIf(browserUnavailable)('sources a visitor sees', () => {
  it('cite help lines by their own websites and never show our repository paths', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/help?country=GB');
    const samaritans = page.locator('.line-card', { hasText: '116 123' }).first();
    await samaritans.waitFor();
    expect(await samaritans.locator('.source').last().textContent()).toMatch(
      /^(.* · )?Source: the service's own website, www\.samaritans\.org \(checked \d{4}-\d{2}\)/,
    );
    for (const url of ['/help?country=GB', '/family', '/treatment']) {
      await page.goto(url);
      await page.locator('.source').first().waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text, url).not.toMatch(/shared\/|clinical-safety|\.md\b|Ketalog [\w ]*reference/i);
    }
    await closePage(page);
  });
});

describe.skipIf(browserUnavailable)('Learn search on a phone', () => {
  it('answers an interaction question with the combinations article first and the checker', async () => {
    const page = await openPhonePage(browser());
    await page.goto('/learn');
    await page.getByRole('searchbox').fill('is it safe with my antidepressants');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await results.getByRole('link').first().textContent()).toBe(
      'Mixing ketamine with other drugs and alcohol',
    );
    await page.getByRole('link', { name: 'Check a combination' }).click();
    await expect.poll(() => page.title()).toMatch(/ – Ketalog$/);
    expect(new URL(page.url()).pathname).toBe('/combinations');
    await closePage(page);
  });
});

describe.skipIf(browserUnavailable)('History on a phone', () => {
  it('groups a night across midnight into one session, dates read the British way, a range picker and folded notes', async () => {
    const page = await openPhonePage(browser());
    await signUp(page, 'history');
    const night = utcDay(10);
    const morning = utcDay(9);
    const longNote = `Started at a friend's place after dinner. ${'We talked for ages and I lost track of time. '.repeat(6)}Home by three.`;
    for (const dose of [
      { takenAt: `${night}T22:10:00Z`, mg: 50, route: 'insufflated', notes: longNote },
      { takenAt: `${night}T23:30:00Z`, mg: 40, route: 'insufflated' },
      { takenAt: `${morning}T01:40:00Z`, mg: 60, route: 'insufflated' },
      { takenAt: `${utcDay(200)}T20:00:00Z`, mg: 30, route: 'oral' },
    ]) {
      expect((await page.request.post('/api/doses', { data: dose })).status()).toBe(201);
    }
    await page.goto('/history');
    const session = page.getByTestId('dose-session');
    await session.waitFor();
    expect(await session.count()).toBe(1);
    expect(await session.locator('.dose-session-summary').textContent()).toMatch(
      /^Session 22:10 – 01:40 \(3 h 30 min\) · 3 doses · 150 mg in all$/,
    );
    expect(await session.getByTestId('dose-entry').count()).toBe(3);

    // Dates name the month, day before month as in the UK, never "11/6".
    const dayHeadings = await page.locator('.timeline-day h3').allTextContents();
    expect(dayHeadings).toHaveLength(1);
    const nightDate = new Date(`${night}T12:00:00Z`);
    const month = nightDate.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    expect(dayHeadings[0]).toContain(`${nightDate.getUTCDate()} ${month}`);
    const chartText = (await page.locator('.charts').textContent()) ?? '';
    expect(chartText).not.toMatch(/\b\d{1,2}\/\d{1,2}\b/);

    // The long note is folded until asked for.
    const note = page.locator('.note').first();
    expect(await note.textContent()).not.toContain('Home by three.');
    await note.getByRole('button', { name: 'Show the whole note' }).click();
    expect(await note.textContent()).toContain('Home by three.');

    // Three months is the default; the oral dose of 200 days ago appears with a longer range.
    expect(await page.getByText('30 mg · Swallowed (oral)').count()).toBe(0);
    await page.getByRole('radio', { name: '1 year' }).check();
    await page.getByText('30 mg · Swallowed (oral)').waitFor();
    expect(await page.locator('.timeline-day').count()).toBe(2);
    await page.getByRole('radio', { name: '4 weeks' }).check();
    await expect.poll(() => page.locator('.timeline-day').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await closePage(page);
  });
});
