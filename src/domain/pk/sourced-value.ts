/** A number with where it comes from; `estimated` marks values chosen by us, not published. */
export type SourcedValue = {
  value: number;
  source: string;
  estimated?: true;
  note?: string;
};
