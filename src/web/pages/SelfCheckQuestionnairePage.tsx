import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { ClinicNotWatching } from '../clinic/ClinicNotWatching.js';
import type {
  QuestionnaireDefinition,
  QuestionnaireResult,
  Sex,
} from '../../domain/questionnaires/index.js';
import type { QuestionnaireResponse } from '../../domain/questionnaires/questionnaires-api.js';
import { scoreQuestionnaire } from '../../domain/questionnaires/score-questionnaire.js';
import { api } from '../api/client.js';
import { useIdempotencyKey } from '../api/use-idempotency-key.js';
import { CrisisNotice } from '../components/CrisisNotice.js';
import { FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { TimeSeriesChart } from '../components/TimeSeriesChart.js';
import { t } from '../i18n/t.js';
import { chartX } from '../log/history-series.js';
import { formatLocalDate, localDateOf } from '../log/zoned-time.js';
import { Link } from '../router.js';

/**
 * Takes one questionnaire: one fieldset per question, then the result. An urgent flag (PHQ-9
 * item 9) comes first, before the score. Signed in, the answers are stored with a history;
 * signed out, they are scored on the device and never leave it.
 */
export function SelfCheckQuestionnairePage({
  id,
  account,
}: {
  id: string;
  account: Account | null;
}) {
  const definition = useQuery({
    queryKey: ['questionnaires', id],
    queryFn: async () =>
      (await api<{ questionnaire: QuestionnaireDefinition }>('GET', `/api/questionnaires/${id}`))
        .questionnaire,
    staleTime: Infinity,
  });
  const [attempt, setAttempt] = useState(0);
  if (definition.isError) {
    return (
      <section>
        <h1 tabIndex={-1}>{t('log.selfCheck.title')}</h1>
        <FormError error={definition.error} />
        <Link href="/self-check">{t('log.selfCheck.back')}</Link>
      </section>
    );
  }
  if (!definition.data) return <p>{t('common.loading')}</p>;
  return (
    <Questionnaire
      key={attempt}
      definition={definition.data}
      account={account}
      onAgain={() => setAttempt(attempt + 1)}
    />
  );
}

function Questionnaire({
  definition,
  account,
  onAgain,
}: {
  definition: QuestionnaireDefinition;
  account: Account | null;
  onAgain: () => void;
}) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<(number | null)[]>(() => definition.items.map(() => null));
  const [sex, setSex] = useState<Sex | ''>('');
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<QuestionnaireResult | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const responsesKey = ['questionnaire-responses', definition.id];
  const idempotency = useIdempotencyKey();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const unanswered = answers.flatMap((answer, index) => (answer === null ? [index + 1] : []));
    setMissing(unanswered);
    setError(null);
    if (unanswered.length > 0) {
      document.getElementById(`question-${unanswered[0]}`)?.focus();
      return;
    }
    const body = { answers, ...(sex ? { context: { sex } } : {}) };
    try {
      let scored: QuestionnaireResult;
      if (account) {
        const { response } = await api<{ response: QuestionnaireResponse }>(
          'POST',
          `/api/questionnaires/${definition.id}/responses`,
          body,
          { idempotencyKey: idempotency.keyFor(body) },
        );
        idempotency.forget();
        scored = response.result;
        await queryClient.invalidateQueries({ queryKey: responsesKey });
        await queryClient.invalidateQueries({ queryKey: ['risk'] });
      } else {
        scored = scoreQuestionnaire(definition, body.answers, body.context);
      }
      setResult(scored);
      // An urgent result focuses its crisis box instead (see Result).
      if (!scored.flags.some((flag) => flag.severity === 'urgent')) {
        window.setTimeout(() => resultRef.current?.focus(), 0);
      }
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section>
      <h1 tabIndex={-1}>{definition.title}</h1>
      <p>
        <Link href="/self-check">{t('log.selfCheck.back')}</Link>
      </p>
      {result ? (
        <Result result={result} resultRef={resultRef} onAgain={onAgain} />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate className="log-form">
          <ClinicNotWatching signedIn={account !== null} />
          <p>{definition.instructions}</p>
          {definition.items.map((item, index) => (
            <fieldset
              key={item.id}
              id={`question-${index + 1}`}
              tabIndex={-1}
              className="question"
              aria-invalid={missing.includes(index + 1) || undefined}
            >
              <legend>
                <span className="hint">
                  {t('log.selfCheck.question', {
                    number: index + 1,
                    count: definition.items.length,
                  })}
                </span>{' '}
                {item.text}
              </legend>
              {item.options.map((option) => (
                <label key={option.score} className="check">
                  <input
                    type="radio"
                    name={item.id}
                    value={option.score}
                    checked={answers[index] === option.score}
                    onChange={() =>
                      setAnswers(answers.map((answer, i) => (i === index ? option.score : answer)))
                    }
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
          {definition.bandsBySex && (
            <SelectField
              label={t('log.selfCheck.sex')}
              value={sex}
              onChange={(event) => setSex(event.target.value as Sex | '')}
              options={[
                { value: '', label: t('log.selfCheck.sexNone') },
                { value: 'female', label: t('log.selfCheck.sexFemale') },
                { value: 'male', label: t('log.selfCheck.sexMale') },
              ]}
            />
          )}
          {missing.length > 0 && (
            <p className="form-error" role="alert">
              {t('log.selfCheck.missing', { numbers: missing.join(', ') })}
            </p>
          )}
          <FormError error={error} />
          <button type="submit" className="primary">
            {t('log.selfCheck.submit')}
          </button>
        </form>
      )}
      {account && <ResponseHistory definition={definition} account={account} />}
      <h2>{t('log.selfCheck.sources')}</h2>
      <ul className="source">
        {definition.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a>
          </li>
        ))}
        <li>{definition.licence}</li>
      </ul>
    </section>
  );
}

function Result({
  result,
  resultRef,
  onAgain,
}: {
  result: QuestionnaireResult;
  resultRef: React.RefObject<HTMLHeadingElement | null>;
  onAgain: () => void;
}) {
  const urgent = result.flags.filter((flag) => flag.severity === 'urgent');
  const others = result.flags.filter((flag) => flag.severity !== 'urgent');
  return (
    <div className="result" data-testid="self-check-result">
      {urgent.map((flag, index) => (
        <CrisisNotice key={flag.code} message={flag.message} focusOnShow={index === 0} />
      ))}
      <h2 tabIndex={-1} ref={resultRef}>
        {t('log.selfCheck.resultTitle')}
      </h2>
      <p className="score" data-testid="score">
        {t('log.selfCheck.score', {
          score: result.score,
          maxScore: result.maxScore,
          band: result.band.label,
        })}
      </p>
      <h3>{t('log.selfCheck.meaning')}</h3>
      <p>{result.band.meaning}</p>
      {others.map((flag) => (
        <p key={flag.code} className="inline-warning">
          {flag.message}
        </p>
      ))}
      <h3>{t('log.selfCheck.nextStep')}</h3>
      <p>{result.band.nextStep}</p>
      <p className="not-diagnosis">{result.notADiagnosis}</p>
      <button type="button" onClick={onAgain}>
        {t('log.selfCheck.again')}
      </button>
    </div>
  );
}

function ResponseHistory({
  definition,
  account,
}: {
  definition: QuestionnaireDefinition;
  account: Account;
}) {
  const responses = useQuery({
    queryKey: ['questionnaire-responses', definition.id],
    queryFn: async () =>
      (
        await api<{ responses: QuestionnaireResponse[] }>(
          'GET',
          `/api/questionnaires/${definition.id}/responses`,
        )
      ).responses,
  });
  const list = responses.data ?? [];
  if (list.length === 0) return null;
  const timeZone = account.profile.timeZone;
  const points = list.map((response) => ({
    date: localDateOf(response.takenAt, timeZone),
    value: response.result.score,
  }));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('log.selfCheck.historyTitle')}</h2>
      {list.length > 1 && (
        <TimeSeriesChart
          title={t('log.selfCheck.trend')}
          x={points.map((point) => chartX(point.date))}
          series={[{ label: definition.shortTitle, values: points.map((point) => point.value) }]}
          described={[{ label: definition.shortTitle, points }]}
          yRange={[definition.minScore, definition.maxScore]}
        />
      )}
      <ul>
        {[...list].reverse().map((response) => (
          <li key={response.id}>
            {t('log.selfCheck.historyItem', {
              date: formatLocalDate(localDateOf(response.takenAt, timeZone)),
              score: response.result.score,
              maxScore: response.result.maxScore,
              band: response.result.band.label,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
