/** Every user-facing string of the web app. A translation is another file of this shape. */
export const messagesEn = {
  'app.name': 'Ketalog',
  'app.tagline': 'Track ketamine use and side effects, spot danger early, and find help.',
  'nav.label': 'Main',
  'nav.today': 'Today',
  'nav.history': 'History',
  'nav.selfCheck': 'Self-check',
  'nav.levels': 'Levels',
  'nav.learn': 'Learn',
  'nav.help': 'Get help',
  'nav.settings': 'Settings',
  'nav.skip': 'Skip to content',
  'help.now': 'Get help now',
  'account.signIn': 'Sign in',
  'account.signUp': 'Create account',
  'account.signOut': 'Sign out',
  'account.email': 'Email',
  'account.password': 'Password',
  'account.passwordHint': 'At least 10 characters. A few unrelated words work well.',
  'account.haveAccount': 'Already have an account?',
  'account.noAccount': 'New here?',
  'account.signedInAs': 'Signed in as {email}',
  'account.privacy':
    'Only your email and a password are needed. Your entries are private to you; you can export or delete them at any time.',
  'settings.title': 'Settings',
  'settings.profile': 'Profile',
  'settings.displayName': 'Display name (optional)',
  'settings.country': 'Country',
  'settings.timeZone': 'Time zone',
  'settings.save': 'Save profile',
  'settings.saved': 'Saved.',
  'settings.changePassword': 'Change password',
  'settings.currentPassword': 'Current password',
  'settings.newPassword': 'New password',
  'settings.passwordChanged': 'Password changed. Other devices have been signed out.',
  'settings.deleteTitle': 'Delete account',
  'settings.deleteWarning':
    'This deletes your account and everything you have logged. It cannot be undone.',
  'settings.deleteConfirm': 'Delete my account and data',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {message}',
  'common.notFound': 'This page does not exist.',
  'home.welcome': 'Welcome{name}',
  'home.intro':
    'Ketalog helps you keep an honest, private record of ketamine use and how you feel, and warns you early when something looks risky.',
  'home.signedOutCta':
    'Create a free account to start your private log, or try the tools below without one.',
  'page.today.title': 'Today',
  'page.today.empty':
    'Nothing logged yet. Logging doses and daily check-ins arrives with the self-monitoring release.',
  'page.history.title': 'History',
  'page.history.body':
    'Your timeline and charts will appear here once you have logged doses or check-ins.',
  'page.selfCheck.title': 'Self-check',
  'page.selfCheck.body':
    'Short, validated questionnaires about mood, anxiety, alcohol and ketamine use. A score is not a diagnosis.',
  'page.levels.title': 'Levels',
  'page.levels.body':
    'An estimate of how much ketamine is probably still in your blood, to help you avoid stacking doses. It never suggests an amount to take.',
  'page.learn.title': 'Learn',
  'page.learn.body':
    'Plain-language, referenced articles about ketamine, its risks, and getting help.',
  'page.help.title': 'Get help now',
  'page.help.emergencyIntro':
    'If someone is in danger, unconscious, or struggling to breathe, call now:',
  'page.help.country': 'Country',
  'page.help.whileWaiting': 'While you wait for help',
  'page.help.call': 'Call {number}',
  'page.help.text': 'Text {keyword} to {number}',
  'page.help.otherLines': 'Other people you can talk to',
  'page.help.source': 'Source: {source} (checked {checked})',
} as const;

export type MessageKey = keyof typeof messagesEn;
