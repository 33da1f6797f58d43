import { useRef, useState, type FormEvent } from 'react';
import type { Account } from '../../domain/accounts/account.js';
import { ClinicNotWatching } from '../clinic/ClinicNotWatching.js';
import type {
  QuestionnaireDefinition,
  QuestionnaireResult,
  Sex,
} from '../../domain/questionnaires/index.js';
import { questionnaireResultWords } from '../../domain/questionnaires/result-words.js';
import { scoreQuestionnaire } from '../../domain/questionnaires/score-questionnaire.js';
import { CrisisNotice } from '../components/CrisisNotice.js';
import { FormError } from '../components/FormError.js';
import { SelectField } from '../components/SelectField.js';
import { TimeSeriesChart } from '../components/TimeSeriesChart.js';
import { messages, t } from '../i18n/t.js';
import { chartX } from '../log/history-series.js';
import { formatLocalDate, localDateOf } from '../log/zoned-time.js';
import { Link } from '../router.js';
import {
  useQuestionnaire,
  useResponses,
  useSubmitResponse,
} from '../self-check/self-check-queries.js';

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
  const definition = useQuestionnaire(id);
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
  const submitResponse = useSubmitResponse(definition.id);
  const [answers, setAnswers] = useState<(number | null)[]>(() => definition.items.map(() => null));
  const [sex, setSex] = useState<Sex | ''>('');
  const [missing, setMissing] = useState<number[]>([]);
  const [result, setResult] = useState<QuestionnaireResult | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const showResult = (scored: QuestionnaireResult) => {
    setResult(scored);
    // An urgent result focuses its crisis box instead (see Result).
    if (!scored.flags.some((flag) => flag.severity === 'urgent')) {
      window.setTimeout(() => resultRef.current?.focus(), 0);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const unanswered = answers.flatMap((answer, index) => (answer === null ? [index + 1] : []));
    setMissing(unanswered);
    submitResponse.reset();
    if (unanswered.length > 0) {
      document.getElementById(`question-${unanswered[0]}`)?.focus();
      return;
    }
    const body = { answers, ...(sex ? { context: { sex } } : {}) };
    // Signed out, the answers are scored here and sent nowhere.
    if (account) {
      submitResponse.mutate(body, { onSuccess: (response) => showResult(response.result) });
    } else {
      showResult(scoreQuestionnaire(definition, body.answers, body.context));
    }
  };

  return (
    <section>
      <h1 tabIndex={-1}>{definition.title}</h1>
      <p>
        <Link href="/self-check">{t('log.selfCheck.back')}</Link>
      </p>
      {result ? (
        <Result definition={definition} result={result} resultRef={resultRef} onAgain={onAgain} />
      ) : (
        <form onSubmit={submit} noValidate className="log-form">
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
          <FormError error={submitResponse.error} />
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
  definition,
  result,
  resultRef,
  onAgain,
}: {
  definition: QuestionnaireDefinition;
  result: QuestionnaireResult;
  resultRef: React.RefObject<HTMLHeadingElement | null>;
  onAgain: () => void;
}) {
  const words = questionnaireResultWords(definition, result, messages);
  const urgent = words.flags.filter((flag) => flag.severity === 'urgent');
  const others = words.flags.filter((flag) => flag.severity !== 'urgent');
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
          band: words.bandLabel,
        })}
      </p>
      <h3>{t('log.selfCheck.meaning')}</h3>
      <p>{words.meaning}</p>
      {others.map((flag) => (
        <p key={flag.code} className="inline-warning">
          {flag.message}
        </p>
      ))}
      <h3>{t('log.selfCheck.nextStep')}</h3>
      <p>{words.nextStep}</p>
      <p className="not-diagnosis">{words.notADiagnosis}</p>
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
  const responses = useResponses(definition.id);
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
              band: questionnaireResultWords(definition, response.result, messages).bandLabel,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
