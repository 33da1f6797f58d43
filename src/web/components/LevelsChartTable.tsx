import { effectBands } from '../../domain/pk/effect-bands.js';
import { t } from '../i18n/t.js';
import { dateLocaleNow } from '../i18n/date-locale.js';

/** The parts of a simulation result the chart draws. */
export type LevelsCurve = {
  timesMin: number[];
  plasmaNgPerMl: number[];
  band: { p5NgPerMl: number[]; p95NgPerMl: number[] };
};

export function formatClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocaleNow(), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(ms);
}

const rowEveryMin = 30;
/** With "now" marked, the table starts two hours before it: earlier rows add little. */
const rowsBeforeNowMin = 120;

/** The chart's figures as a table: the text alternative for screen readers and anyone else. */
export function LevelsChartTable({
  curve,
  startMs,
  nowMin,
  timeZone,
}: {
  curve: LevelsCurve;
  startMs: number;
  nowMin: number | null;
  timeZone: string;
}) {
  const stepMin = (curve.timesMin[1] ?? 1) - (curve.timesMin[0] ?? 0) || 1;
  const lastMin = curve.timesMin.at(-1) ?? 0;
  const anchorMin = nowMin ?? 0;
  const firstMin =
    anchorMin - Math.floor(Math.min(anchorMin, rowsBeforeNowMin) / rowEveryMin) * rowEveryMin;
  const rows: number[] = [];
  for (let min = firstMin; min <= lastMin; min += rowEveryMin) rows.push(min);
  const round = (ngPerMl: number) => Math.round(ngPerMl).toLocaleString();

  return (
    <details className="levels-table">
      <summary>{t('levels.table.show')}</summary>
      <table>
        <caption>{t('levels.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('levels.table.time')}</th>
            <th scope="col">{t('levels.table.level')}</th>
            <th scope="col">{t('levels.table.range')}</th>
            <th scope="col">{t('levels.table.band')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((min) => {
            const index = Math.min(curve.timesMin.length - 1, Math.round(min / stepMin));
            const typical = curve.plasmaNgPerMl[index] ?? 0;
            const band = effectBands.filter((b) => typical >= b.lowerNgPerMl).at(-1);
            const time = formatClock(startMs + min * 60_000, timeZone);
            return (
              <tr key={min}>
                <th scope="row">
                  {nowMin !== null && min === nowMin ? t('levels.table.now', { time }) : time}
                </th>
                <td>{round(typical)}</td>
                <td>
                  {round(curve.band.p5NgPerMl[index] ?? 0)}–
                  {round(curve.band.p95NgPerMl[index] ?? 0)}
                </td>
                <td>{band ? t(`levels.band.${band.id}`) : t('levels.band.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
