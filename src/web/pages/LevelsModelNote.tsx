import { modelErrorFigures } from '../../domain/pk/model-choice.js';
import type { SimulationResult } from '../../domain/pk/index.js';
import { t } from '../i18n/t.js';

/** Which model drew the curve and why, and how close it came to published studies. */
export function LevelsModelNote({ model }: { model: SimulationResult['model'] }) {
  const error = model.error;
  return (
    <section aria-labelledby="levels-model" className="levels-model">
      <h2 id="levels-model">{t('levels.model.title')}</h2>
      <p data-testid="levels-model">
        {t('levels.model.used', {
          model: model.label,
          why: t(`levels.model.why.${model.reason}`),
        })}
      </p>
      <p data-testid="levels-model-error">
        {error
          ? t('levels.model.error', { arms: error.studyArms, ...modelErrorFigures(error) })
          : t('levels.model.unchecked')}
      </p>
    </section>
  );
}
