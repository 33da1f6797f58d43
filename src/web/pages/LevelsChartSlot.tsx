import { lazy, Suspense, type ComponentProps } from 'react';
import { t } from '../i18n/t.js';

// uPlot loads only with the first chart, so it never weighs on the first page load.
const LevelsChart = lazy(() =>
  import('../components/LevelsChart.js').then((module) => ({ default: module.LevelsChart })),
);

export function LevelsChartSlot(props: ComponentProps<typeof LevelsChart>) {
  return (
    <Suspense fallback={<p>{t('levels.loading')}</p>}>
      <LevelsChart {...props} />
    </Suspense>
  );
}
