/** Messages of the levels pages. */
export const levelsMessagesEn = {} as const;
