import { useMemo } from 'react';
import uPlot from 'uplot';
import { effectBands } from '../../domain/pk/effect-bands.js';
import type { EffectBand } from '../../domain/pk/effect-bands.js';
import { t } from '../i18n/t.js';
import { formatClock, LevelsChartTable, type LevelsCurve } from './LevelsChartTable.js';
import { UPlotChart } from './UPlotChart.js';

/** Canvas colours; the legend swatches in styles.css use the same ones. */
const bandFill: Record<EffectBand['id'], string> = {
  analgesic: 'rgba(29, 107, 58, 0.13)',
  dissociative: 'rgba(196, 120, 0, 0.16)',
  anaesthetic: 'rgba(164, 22, 26, 0.16)',
};
const bandText: Record<EffectBand['id'], string> = {
  analgesic: '#1d6b3a',
  dissociative: '#8a4b00',
  anaesthetic: '#a4161a',
};
const ink = '#1b1f3b';
const brand = '#2d3a8c';
const compareStroke = '#4a4f6a';
const rangeFill = 'rgba(45, 58, 140, 0.18)';
const gridStroke = '#e3e5ee';
const yCeilingNgPerMl = 3000;

/**
 * Estimated plasma level over clock time: the effect bands shaded behind the curve, the
 * 5th–95th percentile band, "now" marked and, optionally, a second curve to compare with
 * (the curve without a what-if redose). A table gives the same figures as text.
 */
export function LevelsChart({
  curve,
  compareNgPerMl = null,
  startMs,
  nowMin,
  timeZone,
}: {
  curve: LevelsCurve;
  compareNgPerMl?: number[] | null;
  startMs: number;
  nowMin: number | null;
  timeZone: string;
}) {
  const hasCompare = compareNgPerMl !== null;
  const options = useMemo(
    () => chartOptions({ startMs, nowMin, timeZone, hasCompare }),
    [startMs, nowMin, timeZone, hasCompare],
  );
  const data = useMemo<uPlot.AlignedData>(() => {
    const xs = curve.timesMin.map((min) => (startMs + min * 60_000) / 1000);
    const series = [xs, curve.plasmaNgPerMl, curve.band.p5NgPerMl, curve.band.p95NgPerMl];
    return (compareNgPerMl ? [...series, compareNgPerMl] : series) as uPlot.AlignedData;
  }, [curve, compareNgPerMl, startMs]);

  return (
    <figure className="levels-figure">
      <UPlotChart options={options} data={data} label={t('levels.chart.label')} />
      <figcaption>
        <ul className="levels-legend">
          <li>
            <span className="levels-swatch levels-swatch-typical" aria-hidden="true" />
            {hasCompare ? t('levels.legend.withRedose') : t('levels.legend.typical')}
          </li>
          {hasCompare && (
            <li>
              <span className="levels-swatch levels-swatch-compare" aria-hidden="true" />
              {t('levels.legend.withoutRedose')}
            </li>
          )}
          <li>
            <span className="levels-swatch levels-swatch-range" aria-hidden="true" />
            {t('levels.legend.range')}
          </li>
          {nowMin !== null && (
            <li>
              <span className="levels-swatch levels-swatch-now" aria-hidden="true" />
              {t('levels.legend.now')}
            </li>
          )}
          {effectBands.map((band) => (
            <li key={band.id}>
              <span className={`levels-swatch levels-swatch-${band.id}`} aria-hidden="true" />
              {t('levels.legend.band', {
                band: t(`levels.band.${band.id}`),
                low: band.lowerNgPerMl.toLocaleString(),
                high: band.upperNgPerMl.toLocaleString(),
              })}
            </li>
          ))}
        </ul>
        <p className="source">{t('levels.bandsSource')}</p>
      </figcaption>
      <LevelsChartTable curve={curve} startMs={startMs} nowMin={nowMin} timeZone={timeZone} />
    </figure>
  );
}

function chartOptions({
  startMs,
  nowMin,
  timeZone,
  hasCompare,
}: {
  startMs: number;
  nowMin: number | null;
  timeZone: string;
  hasCompare: boolean;
}): Omit<uPlot.Options, 'width'> {
  const axis = { stroke: ink, grid: { stroke: gridStroke }, ticks: { stroke: gridStroke } };
  return {
    height: 260,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), timeZone),
    scales: {
      x: { time: true },
      // At least the dissociative range; at most a little above the anaesthetic range, so an
      // intravenous peak does not flatten every band (the table has the exact figures).
      y: { range: (_plot, _min, max) => [0, Math.min(yCeilingNgPerMl, Math.max(300, max * 1.1))] },
    },
    axes: [
      {
        ...axis,
        space: 60,
        // Clock times as the rest of the page writes them (24-hour where the locale does).
        values: (_plot, splits) => splits.map((seconds) => formatClock(seconds * 1000, timeZone)),
      },
      { ...axis, size: 48, label: 'ng/mL', labelSize: 16 },
    ],
    series: [
      {},
      { label: 'typical', stroke: brand, width: 2.5, points: { show: false } },
      { label: 'p5', stroke: 'transparent', width: 0, points: { show: false } },
      { label: 'p95', stroke: 'transparent', width: 0, points: { show: false } },
      ...(hasCompare
        ? [
            {
              label: 'compare',
              stroke: compareStroke,
              width: 1.5,
              dash: [6, 4],
              points: { show: false },
            },
          ]
        : []),
    ],
    bands: [{ series: [3, 2], fill: rangeFill }],
    hooks: {
      drawClear: [drawEffectBands],
      draw: nowMin === null ? [] : [(plot) => drawNow(plot, (startMs + nowMin * 60_000) / 1000)],
    },
  };
}

/** Shades each effect band as a horizontal stripe behind the curves, with its name. */
function drawEffectBands(plot: uPlot) {
  const { ctx, bbox } = plot;
  const bottom = bbox.top + bbox.height;
  ctx.save();
  ctx.font = `${Math.round(11 * uPlot.pxRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'right';
  for (const band of effectBands) {
    const top = Math.max(bbox.top, plot.valToPos(band.upperNgPerMl, 'y', true));
    const low = Math.min(bottom, plot.valToPos(band.lowerNgPerMl, 'y', true));
    if (low <= top) continue;
    ctx.fillStyle = bandFill[band.id];
    ctx.fillRect(bbox.left, top, bbox.width, low - top);
    ctx.fillStyle = bandText[band.id];
    ctx.fillText(
      t(`levels.band.${band.id}`),
      bbox.left + bbox.width - 4 * uPlot.pxRatio,
      top + 2 * uPlot.pxRatio,
    );
  }
  ctx.restore();
}

/** A dashed vertical line at "now". */
function drawNow(plot: uPlot, nowSeconds: number) {
  const { ctx, bbox } = plot;
  const x = plot.valToPos(nowSeconds, 'x', true);
  if (x < bbox.left || x > bbox.left + bbox.width) return;
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.5 * uPlot.pxRatio;
  ctx.setLineDash([4 * uPlot.pxRatio, 3 * uPlot.pxRatio]);
  ctx.beginPath();
  ctx.moveTo(x, bbox.top);
  ctx.lineTo(x, bbox.top + bbox.height);
  ctx.stroke();
  ctx.fillStyle = ink;
  ctx.font = `${Math.round(11 * uPlot.pxRatio)}px system-ui, sans-serif`;
  ctx.textAlign = x > bbox.left + bbox.width / 2 ? 'right' : 'left';
  const offset = (ctx.textAlign === 'right' ? -4 : 4) * uPlot.pxRatio;
  ctx.textBaseline = 'bottom';
  ctx.fillText(t('levels.legend.now'), x + offset, bbox.top + bbox.height - 4 * uPlot.pxRatio);
  ctx.restore();
}
