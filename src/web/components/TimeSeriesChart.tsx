import { lazy, Suspense, useId } from 'react';
import { t } from '../i18n/t.js';
import { summarizeSeries, type DailyPoint } from '../log/history-series.js';
import { formatLocalDate } from '../log/zoned-time.js';
import type { ChartKind, ChartSeries } from './TimeSeriesPlot.js';

export type { ChartSeries } from './TimeSeriesPlot.js';

const TimeSeriesPlot = lazy(() =>
  import('./TimeSeriesPlot.js').then((module) => ({ default: module.TimeSeriesPlot })),
);

/**
 * A daily or weekly series drawn with uPlot (UPlotChart), with a text summary under it for
 * screen readers and for anyone who prefers words: the chart itself is one labelled image.
 */
export function TimeSeriesChart({
  title,
  x,
  series,
  described,
  kind = 'line',
  yRange,
}: {
  title: string;
  /** Seconds since 1970 (see chartX). */
  x: number[];
  series: ChartSeries[];
  /** The points the text summary describes: one entry per series worth describing. */
  described: { label: string; points: DailyPoint[] }[];
  kind?: ChartKind;
  yRange?: [number, number];
}) {
  const captionId = useId();
  const summaries = described.flatMap(({ label, points }) => {
    const summary = summarizeSeries(points);
    return summary ? [{ label, summary }] : [];
  });
  return (
    <figure className="time-series" aria-labelledby={captionId}>
      <h3 id={captionId}>{title}</h3>
      {summaries.length > 0 ? (
        <>
          <Suspense fallback={<p>{t('log.chart.loading')}</p>}>
            <TimeSeriesPlot title={title} x={x} series={series} kind={kind} yRange={yRange} />
          </Suspense>
          <figcaption className="chart-summary">
            {summaries.map(({ label, summary }) => (
              <span key={label} className="chart-summary-line">
                {summaries.length > 1 && `${label}: `}
                {t('log.chart.summary', {
                  count: summary.count,
                  from: formatLocalDate(summary.from),
                  to: formatLocalDate(summary.to),
                  latest: summary.latest.value,
                  latestDate: formatLocalDate(summary.latest.date),
                  highest: summary.highest.value,
                  highestDate: formatLocalDate(summary.highest.date),
                  lowest: summary.lowest.value,
                  lowestDate: formatLocalDate(summary.lowest.date),
                })}
              </span>
            ))}
          </figcaption>
        </>
      ) : (
        <p>{t('log.chart.noData')}</p>
      )}
    </figure>
  );
}
