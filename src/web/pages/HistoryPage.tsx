import { useMemo, useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { groupDoseSessions, type DoseSession } from '../../domain/log/group-dose-sessions.js';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import { CheckInForm } from '../components/CheckInForm.js';
import { DeleteWithConfirm } from '../components/DeleteWithConfirm.js';
import { DoseForm } from '../components/DoseForm.js';
import { FoldedText } from '../components/FoldedText.js';
import { FormError } from '../components/FormError.js';
import { SavedStatus } from '../components/SavedStatus.js';
import { ScalePicker } from '../components/ScalePicker.js';
import { TimeSeriesChart } from '../components/TimeSeriesChart.js';
import { t } from '../i18n/t.js';
import {
  amountPerDay,
  bladderScore,
  chartX,
  checkInSeries,
  countUseDaysPerWeek,
  withdrawalScore,
  type DailyPoint,
} from '../log/history-series.js';
import { useCheckInsFrom, useDosesFrom } from '../log/log-queries.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import {
  DEFAULT_HISTORY_RANGE,
  HISTORY_RANGES,
  historyRangeLabels,
  historyRangeStart,
  type HistoryRange,
} from '../log/history-range.js';
import {
  formatLocalDate,
  formatTime,
  localDateOf,
  todayIn,
  wallClockToIso,
} from '../log/zoned-time.js';

const DOSE_PAGE_SIZE = 200;

type TimelineDay = {
  date: string;
  sessions: DoseSession<Dose>[];
  checkIn: CheckIn | undefined;
};

/**
 * Sessions and check-ins by local date, newest day first. A session sits on the day it
 * started, so a night across midnight shows once, whole.
 */
function timelineOf(doses: Dose[], checkIns: CheckIn[], timeZone: string): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  const dayOf = (date: string) => {
    const existing = days.get(date);
    if (existing) return existing;
    const created: TimelineDay = { date, sessions: [], checkIn: undefined };
    days.set(date, created);
    return created;
  };
  for (const session of groupDoseSessions(doses)) {
    dayOf(localDateOf(session.startAt, timeZone)).sessions.push(session);
  }
  for (const checkIn of checkIns) dayOf(checkIn.date).checkIn = checkIn;
  return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

export function HistoryPage({ account }: { account: Account }) {
  const timeZone = account.profile.timeZone;
  const [range, setRange] = useState<HistoryRange>(DEFAULT_HISTORY_RANGE);
  const fromDate = historyRangeStart(range, todayIn(timeZone));
  const dosesFrom = fromDate ? wallClockToIso(`${fromDate}T00:00`, timeZone) : undefined;
  const doses = useDosesFrom(dosesFrom, DOSE_PAGE_SIZE);
  const checkIns = useCheckInsFrom(fromDate);
  const allDoses = useMemo(
    () => doses.data?.pages.flatMap((page) => page.doses) ?? [],
    [doses.data],
  );
  const allCheckIns = useMemo(() => checkIns.data ?? [], [checkIns.data]);
  const timeline = useMemo(
    () => timelineOf(allDoses, allCheckIns, timeZone),
    [allDoses, allCheckIns, timeZone],
  );

  const loading = doses.isPending || checkIns.isPending;
  return (
    <section className="history">
      <h1 tabIndex={-1}>{t('log.history.title')}</h1>
      <p>{t('log.history.intro')}</p>
      <ScalePicker
        legend={t('log.history.rangeLabel')}
        name="history-range"
        options={HISTORY_RANGES.map((value, index) => ({
          value: index,
          label: t(historyRangeLabels[value]),
        }))}
        value={HISTORY_RANGES.indexOf(range)}
        onChange={(index) => setRange(HISTORY_RANGES[index] ?? DEFAULT_HISTORY_RANGE)}
      />
      {doses.isError && <FormError error={doses.error} />}
      {checkIns.isError && <FormError error={checkIns.error} />}
      {loading ? (
        <p>{t('common.loading')}</p>
      ) : timeline.length === 0 ? (
        <p>{t(range === 'all' ? 'log.history.empty' : 'log.history.emptyRange')}</p>
      ) : (
        <>
          <h2>{t('log.history.chartsTitle')}</h2>
          <HistoryCharts doses={allDoses} checkIns={allCheckIns} timeZone={timeZone} />
          <h2>{t('log.history.timelineTitle')}</h2>
          <ol className="timeline">
            {timeline.map((day) => (
              <li key={day.date}>
                <TimelineDayView day={day} timeZone={timeZone} />
              </li>
            ))}
          </ol>
          {doses.hasNextPage && (
            <button type="button" onClick={() => void doses.fetchNextPage()}>
              {t('log.history.loadMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** x values and one series from daily points, for TimeSeriesChart. */
function daily(points: DailyPoint[]) {
  return {
    x: points.map((point) => chartX(point.date)),
    values: points.map((point) => point.value),
  };
}

function HistoryCharts({
  doses,
  checkIns,
  timeZone,
}: {
  doses: Dose[];
  checkIns: CheckIn[];
  timeZone: string;
}) {
  const charts = useMemo(() => {
    const amount = amountPerDay(doses, timeZone);
    const weeks = countUseDaysPerWeek(doses, timeZone);
    const craving = checkInSeries(checkIns, (checkIn) => checkIn.craving);
    const withdrawal = checkInSeries(checkIns, withdrawalScore);
    const bladder = checkInSeries(checkIns, bladderScore);
    const withBloodPressure = checkIns
      .filter((checkIn) => checkIn.systolicMmHg !== null && checkIn.diastolicMmHg !== null)
      .sort((a, b) => a.date.localeCompare(b.date));
    const systolic = withBloodPressure.map((checkIn) => ({
      date: checkIn.date,
      value: checkIn.systolicMmHg ?? 0,
    }));
    const diastolic = withBloodPressure.map((checkIn) => ({
      date: checkIn.date,
      value: checkIn.diastolicMmHg ?? 0,
    }));
    return {
      amount: { points: amount, ...daily(amount) },
      weeks: { points: weeks, ...daily(weeks) },
      craving: { points: craving, ...daily(craving) },
      withdrawal: { points: withdrawal, ...daily(withdrawal) },
      bladder: { points: bladder, ...daily(bladder) },
      bloodPressure: {
        points: systolic,
        diastolicPoints: diastolic,
        x: systolic.map((point) => chartX(point.date)),
        systolic: systolic.map((point) => point.value),
        diastolic: diastolic.map((point) => point.value),
      },
    };
  }, [doses, checkIns, timeZone]);

  const series = useMemo(
    () => ({
      amount: [{ label: t('log.chart.amount'), values: charts.amount.values }],
      weeks: [{ label: t('log.chart.useDays'), values: charts.weeks.values }],
      craving: [{ label: t('log.chart.craving'), values: charts.craving.values }],
      withdrawal: [{ label: t('log.chart.withdrawal'), values: charts.withdrawal.values }],
      bladder: [{ label: t('log.chart.bladder'), values: charts.bladder.values }],
      bloodPressure: [
        { label: t('log.chart.systolic'), values: charts.bloodPressure.systolic },
        { label: t('log.chart.diastolic'), values: charts.bloodPressure.diastolic },
      ],
    }),
    [charts],
  );

  return (
    <div className="charts">
      <TimeSeriesChart
        title={t('log.chart.amount')}
        kind="bars"
        x={charts.amount.x}
        series={series.amount}
        described={[{ label: t('log.chart.amount'), points: charts.amount.points }]}
      />
      <TimeSeriesChart
        title={t('log.chart.useDays')}
        kind="bars"
        x={charts.weeks.x}
        series={series.weeks}
        described={[{ label: t('log.chart.useDays'), points: charts.weeks.points }]}
        yRange={[0, 7]}
      />
      <TimeSeriesChart
        title={t('log.chart.craving')}
        x={charts.craving.x}
        series={series.craving}
        described={[{ label: t('log.chart.craving'), points: charts.craving.points }]}
        yRange={[0, 10]}
      />
      <TimeSeriesChart
        title={t('log.chart.withdrawal')}
        x={charts.withdrawal.x}
        series={series.withdrawal}
        described={[{ label: t('log.chart.withdrawal'), points: charts.withdrawal.points }]}
      />
      <TimeSeriesChart
        title={t('log.chart.bladder')}
        x={charts.bladder.x}
        series={series.bladder}
        described={[{ label: t('log.chart.bladder'), points: charts.bladder.points }]}
        yRange={[0, 12]}
      />
      <TimeSeriesChart
        title={t('log.chart.bloodPressure')}
        x={charts.bloodPressure.x}
        series={series.bloodPressure}
        described={[
          { label: t('log.chart.systolic'), points: charts.bloodPressure.points },
          { label: t('log.chart.diastolic'), points: charts.bloodPressure.diastolicPoints },
        ]}
      />
    </div>
  );
}

function TimelineDayView({ day, timeZone }: { day: TimelineDay; timeZone: string }) {
  const [editingCheckIn, setEditingCheckIn] = useState(false);
  const [checkInSavedCount, setCheckInSavedCount] = useState(0);
  return (
    <section aria-label={formatLocalDate(day.date)} className="timeline-day">
      <h3>{formatLocalDate(day.date)}</h3>
      <ul>
        {day.sessions.map((session) => (
          <li key={session.startAt}>
            <SessionView session={session} timeZone={timeZone} />
          </li>
        ))}
        {day.checkIn && (
          <li className="entry">
            <p>
              <strong>{t('log.history.checkIn')}</strong>: {checkInSummary(day.checkIn)}
            </p>
            {day.checkIn.notes && <FoldedText text={day.checkIn.notes} />}
            {checkInSavedCount > 0 && !editingCheckIn && (
              <SavedStatus key={checkInSavedCount}>{t('log.history.saved')}</SavedStatus>
            )}
            {editingCheckIn ? (
              <CheckInForm
                date={day.date}
                existing={day.checkIn}
                onSaved={() => {
                  setEditingCheckIn(false);
                  setCheckInSavedCount((count) => count + 1);
                }}
              />
            ) : (
              <p className="actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditingCheckIn(true)}
                >
                  {t('log.edit')}
                  <span className="visually-hidden">
                    {' '}
                    {t('log.history.checkIn')} {formatLocalDate(day.date)}
                  </span>
                </button>
                <DeleteWithConfirm
                  entry={{ kind: 'check-in', date: day.date }}
                  itemLabel={`${t('log.history.checkIn')} ${formatLocalDate(day.date)}`}
                  question={t('log.history.deleteCheckInConfirm')}
                />
              </p>
            )}
          </li>
        )}
      </ul>
    </section>
  );
}

function checkInSummary(checkIn: CheckIn): string {
  const parts: string[] = [];
  if (checkIn.craving !== null)
    parts.push(t('log.history.checkInSummary.craving', { value: checkIn.craving }));
  if (checkIn.mood !== null)
    parts.push(t('log.history.checkInSummary.mood', { value: checkIn.mood }));
  if (checkIn.sleepHours !== null)
    parts.push(t('log.history.checkInSummary.sleep', { value: checkIn.sleepHours }));
  const withdrawal = withdrawalScore(checkIn);
  if (withdrawal !== null)
    parts.push(t('log.history.checkInSummary.withdrawal', { value: withdrawal }));
  const bladder = bladderScore(checkIn);
  if (bladder !== null) parts.push(t('log.history.checkInSummary.bladder', { value: bladder }));
  if (checkIn.bloodInUrine) parts.push(t('log.history.checkInSummary.bloodInUrine'));
  if (checkIn.selfHarmThoughts) parts.push(t('log.history.checkInSummary.selfHarm'));
  if (checkIn.systolicMmHg !== null && checkIn.diastolicMmHg !== null)
    parts.push(
      t('log.history.checkInSummary.bp', {
        systolic: checkIn.systolicMmHg,
        diastolic: checkIn.diastolicMmHg,
      }),
    );
  if (checkIn.heartRateBpm !== null)
    parts.push(t('log.history.checkInSummary.heartRate', { value: checkIn.heartRateBpm }));
  return parts.join(' · ');
}

function formatSpan(minutes: number): string {
  return minutes >= 60
    ? t('log.history.spanHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
    : t('log.history.spanMinutes', { minutes });
}

/** One dose alone, or a session of several with its span and total above its doses. */
function SessionView({ session, timeZone }: { session: DoseSession<Dose>; timeZone: string }) {
  const newestFirst = [...session.doses].reverse();
  const entries = newestFirst.map((dose) => (
    <li key={dose.id}>
      <DoseEntry dose={dose} timeZone={timeZone} />
    </li>
  ));
  if (session.doses.length === 1) return <ul className="dose-session-doses">{entries}</ul>;
  return (
    <div className="dose-session" data-testid="dose-session">
      <p className="dose-session-summary">
        {t('log.history.session', {
          start: formatTime(session.startAt, timeZone),
          end: formatTime(session.endAt, timeZone),
          span: formatSpan(session.spanMinutes),
          count: session.doses.length,
          mg: session.totalMg,
        })}
      </p>
      <ul className="dose-session-doses">{entries}</ul>
    </div>
  );
}

function DoseEntry({ dose, timeZone }: { dose: Dose; timeZone: string }) {
  const [editing, setEditing] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const time = formatTime(dose.takenAt, timeZone);
  const label = `${time}, ${dose.mg} mg`;

  if (editing) {
    return (
      <div className="entry">
        <h4>{t('log.dose.editTitle')}</h4>
        <DoseForm
          timeZone={timeZone}
          draft={dose}
          doseId={dose.id}
          onSaved={() => {
            setEditing(false);
            setSavedCount((count) => count + 1);
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }
  return (
    <div className="entry" data-testid="dose-entry">
      <p>
        <strong>{time}</strong>{' '}
        {t('log.history.dose', { mg: dose.mg, route: t(routeLabels[dose.route]) })}
      </p>
      {dose.coUse.length > 0 && (
        <p>
          {t('log.history.with', {
            substances: dose.coUse
              .map((use) =>
                [use.substance, use.amount, use.unit]
                  .filter((part) => part !== undefined)
                  .join(' '),
              )
              .join(', '),
          })}
        </p>
      )}
      {dose.setting && <p className="hint">{dose.setting}</p>}
      {dose.notes && <FoldedText text={dose.notes} />}
      {savedCount > 0 && <SavedStatus key={savedCount}>{t('log.history.saved')}</SavedStatus>}
      <p className="actions">
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('log.edit')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <DeleteWithConfirm
          entry={{ kind: 'dose', id: dose.id }}
          itemLabel={label}
          question={t('log.history.deleteConfirm')}
        />
      </p>
    </div>
  );
}
