import { z } from 'zod';
import { AppError } from '../errors.js';
import {
  type GuidanceTier,
  type ObserverChecklist,
  type TierGuidance,
  type UrgentAction,
  urgentActions,
} from './observer-checklist-schema.js';

/** Answers keyed by item id; true = "yes, I have seen this". Unanswered items count as no. */
export const ZObserverAnswersSchema = z.record(z.string(), z.boolean());
export type ObserverAnswers = z.infer<typeof ZObserverAnswersSchema>;

export type ObserverGuidance = {
  tier: GuidanceTier;
  /** Every item answered yes, urgent or not. */
  signsSeen: number;
  urgentSigns: string[];
  /** What the urgent signs call for, most pressing first, without repeats. */
  urgentActions: UrgentAction[];
  guidance: TierGuidance;
};

function validatedAnswers(checklist: ObserverChecklist, answers: unknown): ObserverAnswers {
  const parsed = ZObserverAnswersSchema.safeParse(answers);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'Answers must be yes or no for each item', [
      { path: 'answers', message: 'expected an object of item ids to true or false' },
    ]);
  }
  const known = new Set(checklist.items.map((item) => item.id));
  const unknown = Object.keys(parsed.data).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'validation_failed',
      'Some answers are for questions that are not on this checklist',
      unknown.map((id) => ({ path: `answers.${id}`, message: 'unknown item' })),
    );
  }
  return parsed.data;
}

/**
 * Turns an observer's yes/no answers into a guidance tier. Urgent signs decide on their own,
 * because one of them is enough to need help today; otherwise the count of ordinary signs
 * chooses between "few" and "several". It gives guidance on what to do next, never a
 * verdict about the person.
 */
export function scoreObserverChecklist({
  checklist,
  answers,
}: {
  checklist: ObserverChecklist;
  answers: unknown;
}): ObserverGuidance {
  const valid = validatedAnswers(checklist, answers);
  const seen = checklist.items.filter((item) => valid[item.id] === true);
  const urgent = seen.filter((item) => item.urgent !== undefined);
  const ordinaryCount = seen.length - urgent.length;
  const actionsNeeded = new Set(urgent.map((item) => item.urgent));

  const tier: GuidanceTier =
    urgent.length > 0
      ? 'urgent'
      : ordinaryCount >= checklist.severalSignsFrom
        ? 'several'
        : ordinaryCount > 0
          ? 'few'
          : 'none';

  return {
    tier,
    signsSeen: seen.length,
    urgentSigns: urgent.map((item) => item.id),
    urgentActions: urgentActions.filter((action) => actionsNeeded.has(action)),
    guidance: checklist.guidance[tier],
  };
}
