/** Messages of the learn pages. */
export const learnMessagesEn = {} as const;
