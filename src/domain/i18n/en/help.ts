/** Get help, crisis lines and country words. */
export const helpMessagesEn = {
  'page.help.crisisLines': 'Talk to someone now',
  'page.help.noLocalDirectory':
    'We do not list services for {country} yet. The directories below can find a local crisis or support line; use your local emergency number.',
  'page.help.onDevice':
    'Showing the help list saved in the app, because Ketalog cannot be reached right now.',
  'help.urgentCare': 'Urgent medical advice in {country}:',
  'help.crisisNow': 'Crisis lines in {country}, free and ready to listen:',
  'help.emergencyNumber': 'Emergency: call {number}',
  'settings.countryNone': 'Not set',
  'settings.countryNoDirectory':
    'Get help does not list local services for {country} yet: it shows 112 and international directories that can find a local line.',
  'settings.timeZoneSearch': 'Search time zones',
  'settings.timeZoneHint': 'Type a city or region, e.g. Tokyo. This device uses {zone}.',
} as const;
