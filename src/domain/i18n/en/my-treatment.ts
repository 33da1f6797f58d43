/** The person's own treatment: sessions, prescriptions, preparation before a session, scheduled self-checks. */
export const myTreatmentMessagesEn = {
  'myTreatment.title': 'Your treatment',
  'myTreatment.intro':
    'Sessions your clinics recorded, your prescription against your log, and what your clinic asked of you before the next session.',
  'myTreatment.todayLink': 'Your treatment',

  'myTreatment.next.title': 'Before your next session',
  'myTreatment.next.when': '{clinic}: {when}',
  'myTreatment.prep.rules': 'Your clinic asks you not to take these before a session:',
  'myTreatment.prep.rule': '{substance}: in the {hours} hours before',
  'myTreatment.prep.upcoming':
    'Nothing to check yet: the check starts {from}. Your log is checked against these from then until the session.',
  'myTreatment.prep.clear':
    'Your log shows none of these since {from}. It can only see what you logged with a dose.',
  'myTreatment.prep.found':
    'Your log shows something your clinic asks you to avoid before the session. Please tell your clinic before you go: they may want to change the plan. This is for your safety, not a judgement.',
  'myTreatment.prep.finding': '{substance} ({class}) at {when}: within {hours} hours',
  'myTreatment.prep.unrecognised':
    'Also logged, not recognised here: {names}. If any of these is on the list, tell your clinic.',
  'myTreatment.prep.source': 'Source: {source}',
  'myTreatment.prep.todayFound':
    'Your log shows something your clinic asks you to avoid before your session ({when}).',
  'myTreatment.prep.todayClear':
    'Your next session: {when}. Your log shows nothing on your clinic’s list.',
  'myTreatment.prep.todayUpcoming': 'Your next session: {when}.',
  'myTreatment.openTreatment': 'Open your treatment',

  'myTreatment.questionnaire.phq-9': 'PHQ-9',
  'myTreatment.questionnaire.gad-7': 'GAD-7',
  'myTreatment.schedule.title': 'Self-checks your clinic asked for',
  'myTreatment.schedule.every': '{questionnaire} every {days} days, for {clinic}',
  'myTreatment.schedule.due': 'Due now (since {date}).',
  'myTreatment.schedule.overdue': 'Overdue since {date}. Take it when you can.',
  'myTreatment.schedule.upcoming': 'Next one on {date}.',
  'myTreatment.schedule.take': 'Take the {questionnaire} now',
  'myTreatment.schedule.todayDue': 'Your clinic asked for a {questionnaire}: due since {date}.',
  'myTreatment.schedule.todayOverdue':
    'Your clinic asked for a {questionnaire}: overdue since {date}.',

  'myTreatment.prescription.title': 'Your prescription',
  'myTreatment.prescription.none': 'No prescription recorded yet.',
  'myTreatment.prescription.fromClinic': 'From {clinic}',
  'myTreatment.prescription.own': 'Your own note',
  'myTreatment.prescription.summary':
    '{product}: {mgPerDose} mg a dose, at most {maxMgPerWeek} mg a week',
  'myTreatment.prescription.weeks': 'Your log, week by week (doses at sessions left out)',
  'myTreatment.prescription.weekOf': 'Week of',
  'myTreatment.prescription.logged': 'Logged',
  'myTreatment.prescription.max': 'Prescribed at most',
  'myTreatment.prescription.overMark': 'More than prescribed',
  'myTreatment.prescription.warning':
    'Your log shows {mg} mg in the week of {week}, more than the {maxMg} mg a week your prescription allows. Please talk to your prescriber before the next dose: taking more than prescribed raises the risk to your bladder and of dependence.',
  'myTreatment.prescription.formTitle': 'Note your own prescription',
  'myTreatment.prescription.formHint':
    'For your reference: Ketalog compares it with your log. It does not change what your clinic recorded.',
  'myTreatment.prescription.product': 'Medicine and route',
  'myTreatment.prescription.route': 'Route (for another medicine)',
  'myTreatment.prescription.mgPerDose': 'Amount per dose (mg)',
  'myTreatment.prescription.maxMgPerWeek': 'Most per week (mg)',
  'myTreatment.prescription.save': 'Save my prescription',
  'myTreatment.prescription.saved': 'Saved.',

  'myTreatment.product.esketamine-nasal': 'Esketamine nasal spray',
  'myTreatment.product.ketamine-iv': 'Ketamine infusion (IV)',
  'myTreatment.product.ketamine-im': 'Ketamine injection (IM)',
  'myTreatment.product.ketamine-oral': 'Ketamine by mouth',
  'myTreatment.product.ketamine-troche': 'Ketamine troche (under the tongue)',
  'myTreatment.product.other': 'Another medicine',

  'myTreatment.sessions.title': 'Your sessions',
  'myTreatment.sessions.intro':
    'Every session any clinic recorded for you stays here, also after a sharing ends: take it to another clinic.',
  'myTreatment.sessions.none': 'No clinic has recorded a session for you.',
  'myTreatment.sessions.entry': '{date} · {clinic} · {product}, {mg} mg',
  'myTreatment.sessions.bp': 'Blood pressure before: {bp} mmHg',
  'myTreatment.sessions.draft': 'Draft (not completed)',
  'myTreatment.sessions.pdf': 'Download the PDF record',
  'myTreatment.sessions.export': 'Export your sessions with the rest of your data',

  'clinicPlan.overPrescription': 'Over the prescription this or last week',
  'clinicPlan.overdue': 'Overdue: {questionnaires}',
  'clinicPlan.title': 'Next session and self-checks',
  'clinicPlan.noNext': 'No next session planned.',
  'clinicPlan.next': 'Next session: {when}',
  'clinicPlan.startsAt': 'Next session (your local time)',
  'clinicPlan.plan': 'Plan session',
  'clinicPlan.clear': 'Clear',
  'clinicPlan.prepNotShared':
    'The client does not share their log, so the preparation check is not shown to the clinic.',
  'clinicPlan.schedulePhq9': 'PHQ-9 every',
  'clinicPlan.scheduleNone': 'Not scheduled',
  'clinicPlan.scheduleSave': 'Save schedule',
  'clinicPlan.scheduleNotShared': 'Due dates show when the client shares self-checks.',
  'clinicPrep.title': 'Preparation before a session',
  'clinicPrep.default':
    'Your clinic uses the default: nothing from these classes in the 24 hours before a session. Change it below.',
  'clinicPrep.own':
    'Your clinic’s own rules. Each client’s log is checked against them before a planned session.',
  'clinicPrep.hours': 'hours before',
  'clinicPrep.save': 'Save preparation rules',
  'clinicPrep.saved': 'Preparation rules saved.',
  'clinicPrep.source': 'Source: {source}',
} as const;
