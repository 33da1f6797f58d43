import { dayNumberOfIsoDate } from '../../domain/risk/local-date.js';
import { tPlural } from '../i18n/t.js';
import { dateLocaleNow } from '../i18n/date-locale.js';

const MINUTE_MS = 60_000;

/** Whole days, hours and minutes from one instant to a later one (never negative). */
export function elapsedParts(fromMs: number, toMs: number) {
  const minutes = Math.max(0, Math.floor((toMs - fromMs) / MINUTE_MS));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/**
 * "2 days, 3 hours", "5 hours, 10 minutes", "12 minutes": the two largest parts, which is
 * as precise as a person needs when deciding whether to redose.
 */
export function elapsedInWords(fromMs: number, toMs: number): string {
  const { days, hours, minutes } = elapsedParts(fromMs, toMs);
  if (days > 0) {
    return hours > 0
      ? `${tPlural('time.days', days)}, ${tPlural('time.hours', hours)}`
      : tPlural('time.days', days);
  }
  if (hours > 0) {
    return minutes > 0
      ? `${tPlural('time.hours', hours)}, ${tPlural('time.minutes', minutes)}`
      : tPlural('time.hours', hours);
  }
  return tPlural('time.minutes', minutes);
}

export type EventDay =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'this-week'; weekday: string }
  | { kind: 'earlier'; date: string };

/** When an event was, as people say it: today, yesterday, last Friday, or the date. */
export function eventDayOf(date: string, today: string): EventDay {
  const daysAgo = dayNumberOfIsoDate(today) - dayNumberOfIsoDate(date);
  if (daysAgo <= 0) return { kind: 'today' };
  if (daysAgo === 1) return { kind: 'yesterday' };
  const noon = new Date(`${date}T12:00:00Z`);
  if (daysAgo < 7) {
    const weekday = new Intl.DateTimeFormat(dateLocaleNow(), { weekday: 'long', timeZone: 'UTC' });
    return { kind: 'this-week', weekday: weekday.format(noon) };
  }
  const format = new Intl.DateTimeFormat(dateLocaleNow(), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return { kind: 'earlier', date: format.format(noon) };
}
