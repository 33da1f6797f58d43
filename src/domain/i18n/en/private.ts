/** Private mode: the app on this device only, locked with a passphrase. */
export const privateMessagesEn = {
  'private.choose': 'Use on this device only — no account',
  'private.chooseIntro':
    'Your log stays in this browser, locked with a passphrase. Nothing you enter is sent to a server. If you forget the passphrase, the data cannot be recovered unless you kept a backup file.',
  'private.setUpTitle': 'Private mode on this device',
  'private.setUpIntro':
    'Choose a passphrase. It locks your log on this device; without it nobody, not even Ketalog, can open it. Write it down somewhere safe: a forgotten passphrase cannot be reset.',
  'private.passphrase': 'Passphrase',
  'private.passphraseHint':
    'At least 12 characters. A few unrelated words are strong and easy to remember.',
  'private.start': 'Start private mode',
  'private.starting': 'Setting up private mode on this device…',
  'private.unlockTitle': 'Unlock private mode',
  'private.unlockIntro': 'Your log on this device is locked.',
  'private.unlock': 'Unlock',
  'private.unlocking': 'Unlocking…',
  'private.lock': 'Lock',
  'private.locked': 'Private mode locked.',
  'private.useAccountInstead': 'Use an account instead',
  'private.settingsTitle': 'Private mode',
  'private.menuLink': 'Private mode',
  'private.summary':
    'Your log is kept in this browser only, sealed with your passphrase. It is not on any server.',
  'private.lockAfter': 'Lock after this long without use',
  'private.minutes.one': '{count} minute',
  'private.minutes.other': '{count} minutes',
  'private.saveLockTime': 'Save lock time',
  'private.lockTimeSaved': 'Lock time saved.',
  'private.backupTitle': 'Backup file',
  'private.backupIntro':
    'A backup file is your log sealed with your passphrase. Keep it somewhere safe; it opens in any browser with the passphrase, and without it nobody can read it.',
  'private.downloadBackup': 'Download backup file',
  'private.restoreTitle': 'Restore a backup file',
  'private.restoreIntro':
    'Replaces the log on this device with the one in the file. Enter the passphrase the backup was made with.',
  'private.backupFile': 'Backup file',
  'private.backupPassphrase': 'Passphrase of the backup',
  'private.restore': 'Restore backup',
  'private.restored': 'Backup restored.',
  'private.restoreInstead': 'Restore a backup file instead',
  'private.storageTitle': 'Storage',
  'private.storageUsed': 'This site uses {used} of about {quota} this browser allows.',
  'private.storagePersisted': 'This browser keeps the data until you delete it.',
  'private.storageMayEvict':
    'This browser may delete the data when the device runs short of space. Keep a backup file, or install the app to ask for lasting storage.',
  'private.changeTitle': 'Change passphrase',
  'private.currentPassphrase': 'Current passphrase',
  'private.newPassphrase': 'New passphrase',
  'private.change': 'Change passphrase',
  'private.changed': 'Passphrase changed.',
  'private.moveTitle': 'Move my private log into an account',
  'private.moveIntro':
    'Sign in to an account on this server to upload your log to it, once. From then on the server copy is the one you use. Self-check results are stored with the date of the move. The copy on this device stays locked until you delete it.',
  'private.leave': 'Leave private mode (keep it locked here)',
  'private.forgetTitle': 'Forget everything on this device',
  'private.forgetIntro':
    'Deletes your private log from this browser for good. Download a backup file first if you may want it again.',
  'private.forget': 'Delete my private log from this device',
  'private.forgetConfirm': 'Type DELETE to confirm',
  'private.otherTab': 'Private mode is open in another tab; this tab uses the same data.',

  // The account-mode device lock (src/web/lock).
  'lock.settingsTitle': 'Lock this device',
  'lock.settingsIntro':
    'Hide Ketalog on this device behind a PIN or passphrase when it has not been used for a while. The lock stays after a reload.',
  'lock.limits':
    'The lock hides the screen on this device. It does not encrypt anything: someone who copies this browser’s sign-in cookie can still use your account. On a shared device, signing out is the stronger choice.',
  'lock.pin': 'PIN or passphrase',
  'lock.pinHint':
    'At least 6 digits or characters. After 10 wrong tries, this device is signed out.',
  'lock.pinTooShort': 'Use at least {count} digits or characters',
  'lock.turnOn': 'Turn on the lock',
  'lock.isOn': 'The lock is on. It locks after {time} without use.',
  'lock.lockNow': 'Lock now',
  'lock.turnOff': 'Turn off the lock',
  'lock.title': 'Ketalog is locked',
  'lock.intro': 'Enter your PIN or passphrase to go on. Get help stays open.',
} as const;
