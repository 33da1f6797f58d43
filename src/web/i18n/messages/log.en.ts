/** Messages of the log pages. */
export const logMessagesEn = {} as const;
