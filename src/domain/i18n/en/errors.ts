/** How the web app words a failure: one plain sentence, never a code or an internal path. */
export const errorMessagesEn = {
  'errors.offline': 'Ketalog cannot be reached. Check your connection and try again.',
  'errors.server': 'Something went wrong on our side. Please try again in a moment.',
  'errors.unexpected': 'That did not work. Please try again.',
  'errors.checkFields': 'Please check {fields}.',
  'errors.checkAnswers': 'Some answers could not be saved as they are. Please check them.',
} as const;
