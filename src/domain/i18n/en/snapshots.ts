/** Sharing a sealed snapshot from private mode, and a clinician opening one. */
export const snapshotMessagesEn = {
  'snapshot.shareTitle': 'Share a snapshot with a clinic',
  'snapshot.shareIntro':
    'Private mode has no account, so your clinic cannot follow your log. Instead you can give them a sealed copy of what you choose, as it is now. It does not update.',
  'snapshot.howItWorks':
    'The copy is sealed on this device with a new key. The server keeps only the sealed copy; the key is in the link you give the clinic, and the server never sees it.',
  'snapshot.serverLearns':
    'The server learns when you shared, how big the copy is and your internet address, and later which clinic opened it. It cannot see what is in it, or whose it is.',
  'snapshot.whatToShare': 'What to put in the snapshot',
  'snapshot.howLong': 'How long the server keeps it',
  'snapshot.seal': 'Seal and share',
  'snapshot.sealing': 'Sealing on this device…',
  'snapshot.ready': 'Your snapshot is ready. Give the clinic this link:',
  'snapshot.linkLabel': 'Link for the clinic',
  'snapshot.qrLabel': 'QR code of the link for the clinic, key included',
  'snapshot.qrHint':
    'Or let the clinician scan this with their phone: it holds the whole link, key included, so show it only to them.',
  'snapshot.codeLabel': 'Or read out this code, with the key after the #',
  'snapshot.keyNotKept':
    'Ketalog does not keep the key: copy the link now. Anyone with the link and a clinic account on this server can open it until a clinic does; after that, only that clinic can.',
  'snapshot.until': 'On the server until {date}',
  'snapshot.sharedTitle': 'Snapshots you shared',
  'snapshot.noneShared': 'You have not shared a snapshot.',
  'snapshot.opened': 'Opened by {clinic} on {date}',
  'snapshot.notOpened': 'Not opened yet',
  'snapshot.expired': 'Expired',
  'snapshot.removed': 'Removed',
  'snapshot.checking': 'Checking whether a clinic opened it…',
  'snapshot.statusUnknown':
    'Could not check whether a clinic opened it (offline, or checked too often). Try again later.',
  'snapshot.checkAgain': 'Check again',
  'snapshot.statusAsks':
    'To check, this device asks the server with each snapshot’s removal token. The server learns only that its holder asked, and from which internet address; it answers with the clinic’s name and the date, not which clinician.',
  'snapshot.removeFromList': 'Remove from this list',
  'snapshot.withdraw': 'Withdraw',
  'snapshot.withdrawn': 'Snapshot withdrawn: the server no longer has it.',
  'snapshot.alreadySeen':
    'Withdrawing removes it from the server. A clinic that already opened it may have kept a copy.',
  'snapshot.openTitle': 'Open a snapshot from private mode',
  'snapshot.openIntro':
    'A person in private mode gave you a link or a code. The snapshot opens in this browser; the server only has it sealed.',
  'snapshot.codeField': 'Snapshot link, or code with its key',
  'snapshot.open': 'Open snapshot',
  'snapshot.codeNotRecognised':
    'That is not a snapshot link or code. It looks like a long id, a #, then the key.',
  'snapshot.keyField': 'Key (the part after the # in the link)',
  'snapshot.viewTitle': 'Snapshot from private mode',
  'snapshot.viewTitleNamed': 'Snapshot from {name}',
  'snapshot.asOf': 'A snapshot from {date}. It does not update.',
  'snapshot.readOnly':
    'Read only. It holds only what the person chose: {scopes}. Days are in their time zone ({timeZone}).',
  'snapshot.warningsAsOf': 'Warnings as they stood when the snapshot was made',
  'snapshot.selfChecks': 'Self-check results',
  'snapshot.plan': 'Plan',
  'snapshot.cravings': 'Cravings',
  'snapshot.nothing': 'Nothing in this part.',
  'snapshot.notIncluded': 'Not in this snapshot.',
  'snapshot.dose': '{time} · {mg} mg · {route}',
  'snapshot.withOthers': 'with {names}',
  'snapshot.checkIn':
    '{date} · craving {craving} · mood {mood} · sleep {sleep} h · blood in urine: {blood}',
  'snapshot.unknown': '–',
  'snapshot.yes': 'yes',
  'snapshot.no': 'no',
  'snapshot.result': '{time} · {questionnaire}: {score} of {max} ({band})',
  'snapshot.planLine': '{goal}, since {date}',
  'snapshot.craving': '{time} · intensity {intensity} of 10',
  'snapshot.expires': 'The server deletes it on {date}.',
} as const;
