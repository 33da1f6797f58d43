import { useMemo } from 'react';
import uPlot from 'uplot';
import { UPlotChart } from './UPlotChart.js';

export type ChartSeries = { label: string; values: (number | null)[]; stroke?: string };
export type ChartKind = 'line' | 'bars';

const brand = '#2d3a8c';
const gridStroke = '#e3e5ee';
const ink = '#1b1f3b';

/** Local dates are plotted at midnight UTC, so axis labels are read in UTC too. */
const utcDate = (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), 'UTC');

/**
 * Axis dates in the reader's locale with the month named ("6 Nov" in the UK, "Nov 6" in the
 * US): uPlot's default "11/6" reads as the 11th of June to most of the world.
 */
const axisDate = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const axisDateWithYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAYS_FOR_MONTH_LABELS = 120;

function axisDates(splits: number[]): string[] {
  const first = splits[0] ?? 0;
  const last = splits.at(-1) ?? 0;
  const format = last - first > DAYS_FOR_MONTH_LABELS * 86_400 ? axisDateWithYear : axisDate;
  return splits.map((seconds) => format.format(seconds * 1000));
}

function chartOptions({
  series,
  kind,
  yRange,
  barStepSeconds,
}: {
  series: { label: string; stroke: string }[];
  kind: ChartKind;
  yRange: [number, number] | undefined;
  barStepSeconds: number;
}): Omit<uPlot.Options, 'width'> {
  // Bars are centred on their day or week: pad the x range so the first and last show whole.
  const xPad = kind === 'bars' ? barStepSeconds * 0.6 : 0;
  const bars = uPlot.paths.bars?.({ size: [0.7, 40] });
  return {
    height: 180,
    tzDate: utcDate,
    legend: { show: series.length > 1 },
    cursor: { y: false },
    scales: {
      x: {
        time: true,
        range: (_plot, min, max): uPlot.Range.MinMax => {
          const pad = min === max ? Math.max(xPad, 86_400) : xPad;
          return [min - pad, max + pad];
        },
      },
      y: yRange
        ? { range: yRange }
        : { range: (_plot, min, max) => [Math.min(0, min), Math.max(1, max)] },
    },
    axes: [
      {
        stroke: ink,
        grid: { stroke: gridStroke },
        ticks: { stroke: gridStroke },
        values: (_plot, splits) => axisDates(splits),
      },
      { stroke: ink, grid: { stroke: gridStroke }, ticks: { stroke: gridStroke }, size: 44 },
    ],
    series: [
      {},
      ...series.map((entry) => ({
        label: entry.label,
        stroke: entry.stroke,
        width: 2,
        ...(kind === 'bars' && bars
          ? { paths: bars, fill: 'rgba(45, 58, 140, 0.55)', points: { show: false } }
          : { points: { show: true, size: 6 }, spanGaps: true }),
      })),
    ],
  };
}

/** The uPlot part of TimeSeriesChart, loaded on demand so uPlot stays out of the first load. */
export function TimeSeriesPlot({
  title,
  x,
  series,
  kind,
  yRange,
}: {
  title: string;
  x: number[];
  series: ChartSeries[];
  kind: ChartKind;
  yRange: [number, number] | undefined;
}) {
  // The options follow what the series look like, not the identity of the arrays passed in:
  // new options rebuild the chart.
  const seriesKey = JSON.stringify(
    series.map((entry, index) => ({
      label: entry.label,
      stroke: entry.stroke ?? (index === 0 ? brand : '#a4161a'),
    })),
  );
  const [yMin, yMax] = yRange ?? [];
  const [first, second] = x;
  const barStepSeconds = first !== undefined && second !== undefined ? second - first : 86_400;
  const options = useMemo(
    () =>
      chartOptions({
        series: JSON.parse(seriesKey) as { label: string; stroke: string }[],
        kind,
        yRange: yMin === undefined || yMax === undefined ? undefined : [yMin, yMax],
        barStepSeconds,
      }),
    [seriesKey, kind, yMin, yMax, barStepSeconds],
  );
  const data = useMemo(
    () => [x, ...series.map((entry) => entry.values)] as uPlot.AlignedData,
    [x, series],
  );
  return <UPlotChart options={options} data={data} label={title} />;
}
