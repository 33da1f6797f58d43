/** Sessions, recovery codes and password resets. */
export const accountMessagesEn = {
  'account.forgotPassword': 'Forgot your password?',
  'recovery.codesTitle': 'Your recovery codes',
  'recovery.codesIntro':
    'If you forget your password, one of these codes lets you choose a new one. Each works once. Save them somewhere safe (printed, or in a password manager): they are shown only now.',
  'recovery.codesSaved': 'I have saved my codes',
  'recovery.copy': 'Copy codes',
  'recovery.copied': 'Copied.',
  'recovery.settingsTitle': 'Recovery codes',
  'recovery.settingsIntro':
    'Made new codes replace your old ones. Enter your password to make a new set.',
  'recovery.make': 'Make new recovery codes',
  'reset.title': 'Reset your password',
  'reset.withCode': 'With a recovery code',
  'reset.withCodeIntro':
    'Use one of the recovery codes you saved when you created your account. Resetting signs you out everywhere else.',
  'reset.code': 'Recovery code',
  'reset.codeHint': 'Ten letters and digits, like abcde-23456.',
  'reset.submit': 'Set new password',
  'reset.withEmail': 'By email',
  'reset.withEmailIntro': 'We will email you a link that works once, for 10 minutes.',
  'reset.sendLink': 'Email me a link',
  'reset.linkSent':
    'If an account has this email, a link is on its way. Check your inbox (and spam folder).',
  'reset.noEmail':
    'Without a recovery code, this server cannot reset your password. Ask whoever runs it for help.',
  'reset.fromLinkIntro': 'Choose a new password. This signs you out everywhere else.',
  'sessions.title': 'Where you are signed in',
  'sessions.intro': 'Sign out any device you do not recognise or no longer use.',
  'sessions.started': 'Signed in {time}',
  'sessions.lastUsed': 'Last used {time}',
  'sessions.thisDevice': 'This device',
  'sessions.signOut': 'Sign out',
  'sessions.signOutNamed': 'Sign out {device}',
  'sessions.signOutEverywhere': 'Sign out everywhere',
} as const;
