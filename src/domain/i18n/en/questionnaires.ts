/**
 * The words of the self-check results, by questionnaire, band and flag id (questionnaires/
 * result-words.ts). Bands and next steps restate the sources cited in each definition.
 * `{womenCutOff}` and `{menCutOff}` come from the AUDIT-C definition's own numbers.
 */
export const questionnaireMessagesEn = {
  'questionnaire.phq-9.band.minimal.label': 'minimal',
  'questionnaire.phq-9.band.minimal.meaning':
    'Few or no signs of depression over the last two weeks.',
  'questionnaire.phq-9.next.minimal':
    'Nothing needs to change. You can repeat this check in a few weeks, or sooner if your mood drops.',
  'questionnaire.phq-9.band.mild.label': 'mild',
  'questionnaire.phq-9.band.mild.meaning':
    'Some signs of low mood. Mild symptoms often ease with time, but they are worth watching.',
  'questionnaire.phq-9.next.mild':
    'Repeat this check in two to four weeks. If the score stays the same or rises, talk to your GP or doctor.',
  'questionnaire.phq-9.band.moderate.label': 'moderate',
  'questionnaire.phq-9.band.moderate.meaning':
    'Signs of depression at a level where doctors usually suggest support or treatment (10 is the usual cut-off).',
  'questionnaire.phq-9.next.moderate':
    'Talk to your GP, doctor or therapist about how you feel. Talking therapy or other treatment can help. If you are in ketamine treatment, share this score with your treatment team.',
  'questionnaire.phq-9.band.moderately-severe.label': 'moderately severe',
  'questionnaire.phq-9.band.moderately-severe.meaning': 'Many signs of depression on most days.',
  'questionnaire.phq-9.next.moderately-severe':
    'Please see your GP or doctor soon, within the next week or two. Treatment helps most people feel better. If you are in ketamine treatment, tell your treatment team.',
  'questionnaire.phq-9.band.severe.label': 'severe',
  'questionnaire.phq-9.band.severe.meaning': 'Signs of severe depression.',
  'questionnaire.phq-9.next.severe':
    'Please contact your GP or doctor as soon as you can, today if possible. If you feel unsafe, contact a crisis line or emergency services now.',
  'questionnaire.phq-9.flag.self-harm':
    'You said you have had thoughts that you would be better off dead or of hurting yourself. You do not have to handle this alone: please talk to a crisis line, your doctor or someone you trust today.',
  'questionnaire.phq-9.next.self-harm':
    'Talk to someone today: call or text a crisis line (they are free, and Get help lists the ones for your country), or tell your GP, doctor or someone you trust how you feel. Until then, stay near people or somewhere you feel safe, and put away anything you could use to hurt yourself. If you might act on these thoughts, call your emergency number now.',
  'questionnaire.phq-9.notADiagnosis':
    'This is a self-check, not a diagnosis. Only a doctor or other qualified professional can diagnose depression, after talking with you.',
  'questionnaire.gad-7.band.minimal.label': 'minimal',
  'questionnaire.gad-7.band.minimal.meaning': 'Few or no signs of anxiety over the last two weeks.',
  'questionnaire.gad-7.next.minimal':
    'Nothing needs to change. You can repeat this check in a few weeks.',
  'questionnaire.gad-7.band.mild.label': 'mild',
  'questionnaire.gad-7.band.mild.meaning': 'Some signs of anxiety.',
  'questionnaire.gad-7.next.mild':
    'Repeat this check in two to four weeks. Breathing and grounding exercises can help; if the score rises, talk to your GP or doctor.',
  'questionnaire.gad-7.band.moderate.label': 'moderate',
  'questionnaire.gad-7.band.moderate.meaning':
    'Signs of anxiety at a level where doctors usually look more closely (10 is the usual cut-off).',
  'questionnaire.gad-7.next.moderate':
    'Talk to your GP, doctor or therapist about how you feel. Talking therapy and other treatment can help.',
  'questionnaire.gad-7.band.severe.label': 'severe',
  'questionnaire.gad-7.band.severe.meaning': 'Signs of severe anxiety.',
  'questionnaire.gad-7.next.severe':
    'Please see your GP or doctor soon. If you feel unsafe, contact a crisis line or emergency services now.',
  'questionnaire.gad-7.notADiagnosis':
    'This is a self-check, not a diagnosis. Only a doctor or other qualified professional can diagnose an anxiety disorder, after talking with you.',
  'questionnaire.audit-c.band.negative.label': 'negative',
  'questionnaire.audit-c.band.negative.meaning':
    'Below the screening cut-off for both women ({womenCutOff}) and men ({menCutOff}).',
  'questionnaire.audit-c.next.negative':
    'No change is needed for this check. If you use ketamine, avoid drinking at the same time: the two together can make you pass out and choke.',
  'questionnaire.audit-c.band.positive-for-women.label': 'positive for women',
  'questionnaire.audit-c.band.positive-for-women.meaning':
    'At the screening cut-off for women ({womenCutOff}), one point below the cut-off for men ({menCutOff}). For women, drinking at this level may be harming health.',
  'questionnaire.audit-c.band.positive.label': 'positive',
  'questionnaire.audit-c.band.positive.meaning':
    'Your drinking is at a level that may be harming your health (at or above the screening cut-off). The cut-off is {womenCutOff} for women and {menCutOff} for men.',
  'questionnaire.audit-c.next.positive':
    'Think about cutting down, and talk to your GP, a pharmacist or an alcohol service if you would like support. Avoid drinking when you use ketamine.',
  'questionnaire.audit-c.band.negative-men.label': 'negative',
  'questionnaire.audit-c.band.negative-men.meaning':
    'Below the screening cut-off for men ({menCutOff}).',
  'questionnaire.audit-c.band.positive-men.label': 'positive',
  'questionnaire.audit-c.band.positive-men.meaning':
    'Your drinking is at a level that may be harming your health (at or above the screening cut-off). The cut-off for men is {menCutOff}.',
  'questionnaire.audit-c.band.negative-women.label': 'negative',
  'questionnaire.audit-c.band.negative-women.meaning':
    'Below the screening cut-off for women ({womenCutOff}).',
  'questionnaire.audit-c.band.positive-women.label': 'positive',
  'questionnaire.audit-c.band.positive-women.meaning':
    'Your drinking is at a level that may be harming your health (at or above the screening cut-off). The cut-off for women is {womenCutOff}.',
  'questionnaire.audit-c.flag.alcohol-with-ketamine':
    'Alcohol and ketamine together can make you vomit and pass out, and slow your breathing. Avoid drinking on days you use ketamine.',
  'questionnaire.audit-c.notADiagnosis':
    'This is a self-check, not a diagnosis. A positive result means it is worth looking at your drinking with a professional, not that you have an alcohol problem.',
  'questionnaire.sds-ketamine.band.below-common-cut-offs.label': 'below common cut-offs',
  'questionnaire.sds-ketamine.band.below-common-cut-offs.meaning':
    'Your total is below the cut-offs used for other drugs (3 to above 4). No cut-off has been published for ketamine, so the trend over time matters more than one score.',
  'questionnaire.sds-ketamine.next.below-common-cut-offs':
    'Repeat this check now and then to see how things change.',
  'questionnaire.sds-ketamine.band.at-or-above-common-cut-offs.label':
    'at or above common cut-offs',
  'questionnaire.sds-ketamine.band.at-or-above-common-cut-offs.meaning':
    'Your total is in or above the range where studies of other drugs find dependence (3 for cocaine and heroin, above 4 for amphetamine). No cut-off has been published for ketamine.',
  'questionnaire.sds-ketamine.next.at-or-above-common-cut-offs':
    'Consider talking to a professional about your ketamine use — your GP, a drug service or a support worker. Support works, and you can start with cutting down.',
  'questionnaire.sds-ketamine.notADiagnosis':
    'This is a self-check, not a diagnosis. It shows how you see your own use; a professional can talk it through with you.',
  'questionnaire.dsm5-pcp.band.none.label': 'none',
  'questionnaire.dsm5-pcp.band.none.meaning':
    'Fewer than 2 of the 10 signs: below the level of a use disorder.',
  'questionnaire.dsm5-pcp.next.none':
    'Keep an eye on your use. Repeat this check if things change, for example if you notice you need more to get the same effect.',
  'questionnaire.dsm5-pcp.band.mild.label': 'mild',
  'questionnaire.dsm5-pcp.band.mild.meaning':
    '2 or 3 of the 10 signs: this matches a mild ketamine use problem.',
  'questionnaire.dsm5-pcp.next.mild':
    'It may help to set a goal in your plan (cut down, safer use or stop) and talk to your GP or a drug service.',
  'questionnaire.dsm5-pcp.band.moderate.label': 'moderate',
  'questionnaire.dsm5-pcp.band.moderate.meaning':
    '4 or 5 of the 10 signs: this matches a moderate ketamine use problem.',
  'questionnaire.dsm5-pcp.next.moderate':
    'Please think about talking to your GP or a drug service. Support, talking therapy and treatment help many people.',
  'questionnaire.dsm5-pcp.band.severe.label': 'severe',
  'questionnaire.dsm5-pcp.band.severe.meaning':
    '6 or more of the 10 signs: this matches a severe ketamine use problem.',
  'questionnaire.dsm5-pcp.next.severe':
    'Please talk to your GP or a drug service soon. If you decide to stop, ask for support with withdrawal; you do not have to do it alone.',
  'questionnaire.dsm5-pcp.notADiagnosis':
    'This is a self-check, not a diagnosis. Only a doctor or other qualified professional can diagnose a substance use disorder, after talking with you.',
} as const;
