import type { CheckIn } from '../log-api.js';

/** A saved check-in of `date` with nothing filled in but `fields`, as the API returns it. */
export const checkInOn = (date: string, fields: Partial<CheckIn> = {}): CheckIn => ({
  date,
  craving: null,
  mood: null,
  sleepHours: null,
  sleepQuality: null,
  symptoms: {},
  dissociation: null,
  urinaryFrequency: null,
  urinaryUrgency: null,
  painPassingUrine: null,
  lowerBellyPain: null,
  bloodInUrine: null,
  selfHarmThoughts: null,
  systolicMmHg: null,
  diastolicMmHg: null,
  heartRateBpm: null,
  notes: null,
  updatedAt: `${date}T20:00:00Z`,
  ...fields,
});
