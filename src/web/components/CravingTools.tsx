import { useEffect, useRef, useState, type FormEvent } from 'react';
import { dialableNumber } from '../../domain/help/dial-links.js';
import { cravingLimits } from '../../domain/log/log-limits.js';
import { cravingTools, type CravingTool } from '../../domain/log/vocabulary.js';
import type { Plan } from '../../domain/recovery/recovery-api.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { useLogCraving } from '../log/log-queries.js';
import { cravingToolLabels } from '../log/vocabulary-labels.js';
import { Link } from '../router.js';
import { FormError } from './FormError.js';
import { numberOptions, ScalePicker } from './ScalePicker.js';
import { TextAreaField } from './TextAreaField.js';
import { limitProps } from './input-limits.js';

const URGE_SURFING_MINUTES = 10;
const BREATHE_IN_SECONDS = 4;
const BREATHE_OUT_SECONDS = 6;

const groundingSteps: MessageKey[] = [
  'log.craving.grounding5',
  'log.craving.grounding4',
  'log.craving.grounding3',
  'log.craving.grounding2',
  'log.craving.grounding1',
];

/** Ticks once a second while `running`; the callback always sees the latest state. */
function useEverySecond(running: boolean, tick: () => void) {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => latest.current(), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
}

const minutesAndSeconds = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The "Craving now" panel: short coping tools, the person's own reasons and people from
 * their plan, and at the end a record of the craving, what was tried and whether it helped.
 */
export function CravingTools({ plan, onClose }: { plan: Plan | null; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [tried, setTried] = useState<Set<CravingTool>>(new Set());
  const markTried = (tool: CravingTool) =>
    setTried((current) => (current.has(tool) ? current : new Set([...current, tool])));

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="craving-tools" aria-labelledby="craving-title">
      <h2 id="craving-title" tabIndex={-1} ref={headingRef}>
        {t('log.craving.title')}
      </h2>
      <p>{t('log.craving.intro')}</p>
      <UrgeSurfing onStart={() => markTried('urge-surfing')} />
      <PacedBreathing onStart={() => markTried('paced-breathing')} />
      <Grounding onStart={() => markTried('grounding')} />
      <h3>{t('log.craving.reasonsTitle')}</h3>
      {plan && plan.reasons.length > 0 ? (
        <ul className="reasons">
          {plan.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p>
          {t('log.craving.noReasons')} <Link href="/plan">{t('log.craving.writeReasons')}</Link>
        </p>
      )}
      <h3>{t('log.craving.peopleTitle')}</h3>
      {plan && plan.people.some((person) => person.phone) ? (
        <p className="actions">
          {plan.people
            .filter((person) => person.phone)
            .map((person) => (
              <a
                key={`${person.name}-${person.phone}`}
                className="call-link calm"
                href={dialableNumber(person.phone ?? '')}
                onClick={() => markTried('call-someone')}
              >
                {t('log.craving.call', { name: person.name })}
              </a>
            ))}
        </p>
      ) : (
        <p>
          {t('log.craving.noPeople')} <Link href="/plan">{t('log.today.setGoal')}</Link>
        </p>
      )}
      <CravingRecord tried={tried} setTried={setTried} onClose={onClose} />
    </section>
  );
}

function UrgeSurfing({ onStart }: { onStart: () => void }) {
  const total = URGE_SURFING_MINUTES * 60;
  const [secondsLeft, setSecondsLeft] = useState(total);
  const [running, setRunning] = useState(false);
  const started = secondsLeft < total || running;
  useEverySecond(running, () =>
    setSecondsLeft((left) => {
      if (left <= 1) setRunning(false);
      return Math.max(0, left - 1);
    }),
  );
  return (
    <div className="tool">
      <h3>{t('log.craving.tool.urgeSurfing')}</h3>
      <p>{t('log.craving.urgeIntro')}</p>
      {started && (
        <p className={running ? 'wave running' : 'wave'}>
          <span className="visually-hidden">{t('log.craving.timeLeft')}: </span>
          <span role="timer" className="timer">
            {minutesAndSeconds(secondsLeft)}
          </span>
        </p>
      )}
      {secondsLeft === 0 && <p role="status">{t('log.craving.timerDone')}</p>}
      <p className="actions">
        {!started || secondsLeft === 0 ? (
          <button
            type="button"
            onClick={() => {
              onStart();
              setSecondsLeft(total);
              setRunning(true);
            }}
          >
            {t('log.craving.start', { minutes: URGE_SURFING_MINUTES })}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => setRunning(!running)}>
              {t(running ? 'log.craving.pause' : 'log.craving.resume')}
            </button>
            <button
              type="button"
              onClick={() => {
                setRunning(false);
                setSecondsLeft(total);
              }}
            >
              {t('log.craving.stop')}
            </button>
          </>
        )}
      </p>
      <p className="source">{t('log.craving.urgeSource')}</p>
    </div>
  );
}

function PacedBreathing({ onStart }: { onStart: () => void }) {
  const cycle = BREATHE_IN_SECONDS + BREATHE_OUT_SECONDS;
  const [running, setRunning] = useState(false);
  const [second, setSecond] = useState(0);
  useEverySecond(running, () => setSecond((current) => (current + 1) % cycle));
  const breathingIn = second < BREATHE_IN_SECONDS;
  const countdown = breathingIn ? BREATHE_IN_SECONDS - second : cycle - second;
  return (
    <div className="tool">
      <h3>{t('log.craving.tool.pacedBreathing')}</h3>
      <p>{t('log.craving.breathingIntro')}</p>
      {running && (
        <div className="breathing">
          <div
            className={breathingIn ? 'breath-circle breath-in' : 'breath-circle breath-out'}
            aria-hidden="true"
          />
          <p className="breath-text">
            {t(breathingIn ? 'log.craving.breatheIn' : 'log.craving.breatheOut', {
              seconds: countdown,
            })}
          </p>
        </div>
      )}
      <button
        type="button"
        onClick={() => {
          if (!running) onStart();
          setSecond(0);
          setRunning(!running);
        }}
      >
        {t(running ? 'log.craving.breathingStop' : 'log.craving.breathingStart')}
      </button>
    </div>
  );
}

function Grounding({ onStart }: { onStart: () => void }) {
  const [step, setStep] = useState(0);
  return (
    <div className="tool">
      <h3>{t('log.craving.tool.grounding')}</h3>
      <p>{t('log.craving.groundingIntro')}</p>
      <ol className="grounding">
        {groundingSteps.map((key, index) => (
          <li key={key} className={index < step ? 'done' : index === step ? 'current' : ''}>
            {t(key)}
          </li>
        ))}
      </ol>
      {step < groundingSteps.length ? (
        <button
          type="button"
          onClick={() => {
            onStart();
            setStep(step + 1);
          }}
        >
          {t('log.craving.groundingNext')}
        </button>
      ) : (
        <p role="status">{t('log.craving.groundingDone')}</p>
      )}
    </div>
  );
}

const helpedChoices = [
  { value: 1, helped: true, label: 'log.craving.helpedYes' },
  { value: 0, helped: false, label: 'log.craving.helpedNo' },
  { value: 2, helped: null, label: 'log.craving.helpedUnsure' },
] as const;

function CravingRecord({
  tried,
  setTried,
  onClose,
}: {
  tried: Set<CravingTool>;
  setTried: (tools: Set<CravingTool>) => void;
  onClose: () => void;
}) {
  const [intensity, setIntensity] = useState<number | null>(null);
  const [helped, setHelped] = useState<number | null>(null);
  const [notes, setNotes] = useState('');
  const logCraving = useLogCraving();
  const { error, isSuccess: saved } = logCraving;
  const [missingIntensity, setMissingIntensity] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    logCraving.reset();
    setMissingIntensity(intensity === null);
    if (intensity === null) return;
    logCraving.mutate({
      intensity,
      toolsTried: [...tried],
      helped: helpedChoices.find((choice) => choice.value === helped)?.helped ?? null,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="log-form">
      <h3>{t('log.craving.finishTitle')}</h3>
      <ScalePicker
        legend={t('log.craving.intensity')}
        hint={t('log.scaleEnds')}
        options={numberOptions(0, 10)}
        value={intensity}
        onChange={setIntensity}
      />
      <fieldset>
        <legend>{t('log.craving.tried')}</legend>
        {cravingTools.map((tool) => (
          <label key={tool} className="check">
            <input
              type="checkbox"
              checked={tried.has(tool)}
              onChange={(event) => {
                const next = new Set(tried);
                if (event.target.checked) next.add(tool);
                else next.delete(tool);
                setTried(next);
              }}
            />
            <span>{t(cravingToolLabels[tool])}</span>
          </label>
        ))}
      </fieldset>
      <ScalePicker
        legend={t('log.craving.helped')}
        options={helpedChoices.map((choice) => ({ value: choice.value, label: t(choice.label) }))}
        value={helped}
        onChange={setHelped}
      />
      <TextAreaField
        label={t('log.craving.notes')}
        {...limitProps(cravingLimits.notes)}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      {missingIntensity && (
        <p className="form-error" role="alert">
          {t('log.craving.intensityMissing')}
        </p>
      )}
      <FormError error={error} />
      {saved && <p role="status">{t('log.craving.saved')}</p>}
      <p className="actions">
        {!saved && (
          <button type="submit" className="primary">
            {t('log.craving.save')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('log.craving.close')}
        </button>
      </p>
    </form>
  );
}
