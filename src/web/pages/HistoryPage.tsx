import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import { api } from '../api/client.js';
import { CheckInForm } from '../components/CheckInForm.js';
import { DeleteWithConfirm } from '../components/DeleteWithConfirm.js';
import { DoseForm } from '../components/DoseForm.js';
import { FormError } from '../components/FormError.js';
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
import { logKeys } from '../log/log-queries.js';
import { routeLabels } from '../log/vocabulary-labels.js';
import { formatLocalDate, formatTime, localDateOf } from '../log/zoned-time.js';

const DOSE_PAGE_SIZE = 200;

type DosePage = { doses: Dose[]; nextCursor: string | null };
type TimelineDay = { date: string; doses: Dose[]; checkIn: CheckIn | undefined };

/** Groups doses and check-ins by local date, newest day first, doses newest first. */
function timelineOf(doses: Dose[], checkIns: CheckIn[], timeZone: string): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  const dayOf = (date: string) => {
    const existing = days.get(date);
    if (existing) return existing;
    const created: TimelineDay = { date, doses: [], checkIn: undefined };
    days.set(date, created);
    return created;
  };
  for (const dose of doses) dayOf(localDateOf(dose.takenAt, timeZone)).doses.push(dose);
  for (const checkIn of checkIns) dayOf(checkIn.date).checkIn = checkIn;
  return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

export function HistoryPage({ account }: { account: Account }) {
  const timeZone = account.profile.timeZone;
  const doses = useInfiniteQuery({
    queryKey: logKeys.doses,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api<DosePage>(
        'GET',
        `/api/doses?limit=${DOSE_PAGE_SIZE}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  const checkIns = useQuery({
    queryKey: logKeys.checkIns,
    queryFn: async () => (await api<{ checkIns: CheckIn[] }>('GET', '/api/check-ins')).checkIns,
  });
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
      {doses.isError && <FormError error={doses.error} />}
      {checkIns.isError && <FormError error={checkIns.error} />}
      {loading ? (
        <p>{t('common.loading')}</p>
      ) : timeline.length === 0 ? (
        <p>{t('log.history.empty')}</p>
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
  return (
    <section aria-label={formatLocalDate(day.date)} className="timeline-day">
      <h3>{formatLocalDate(day.date)}</h3>
      <ul>
        {day.doses.map((dose) => (
          <li key={dose.id}>
            <DoseEntry dose={dose} timeZone={timeZone} />
          </li>
        ))}
        {day.checkIn && (
          <li className="entry">
            <p>
              <strong>{t('log.history.checkIn')}</strong>: {checkInSummary(day.checkIn)}
            </p>
            {editingCheckIn ? (
              <CheckInForm
                date={day.date}
                existing={day.checkIn}
                onSaved={() => setEditingCheckIn(false)}
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
                  url={`/api/check-ins/${day.date}`}
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

function DoseEntry({ dose, timeZone }: { dose: Dose; timeZone: string }) {
  const [editing, setEditing] = useState(false);
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
          onSaved={() => setEditing(false)}
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
      {dose.notes && <p className="hint">{dose.notes}</p>}
      <p className="actions">
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('log.edit')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <DeleteWithConfirm
          url={`/api/doses/${dose.id}`}
          itemLabel={label}
          question={t('log.history.deleteConfirm')}
        />
      </p>
    </div>
  );
}
