/**
 * What one schema problem means, in words a person can read after the name of the field
 * ("Sleep (hours): at most 24"). Zod's own messages ("Too big: expected number to be <=24")
 * are written for developers; a message a schema author wrote on purpose is kept as it is.
 */
export type ValidationIssue = {
  code: string;
  message?: string | undefined;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  expected?: unknown;
  format?: unknown;
  values?: unknown;
  keys?: unknown;
  divisor?: unknown;
};

const zodDefaultMessage = /^(Too big|Too small|Invalid|Unrecognized key|Expected)/;

const formats: Record<string, string> = {
  email: 'an email address such as name@example.org',
  datetime: 'a date and time',
  date: 'a date',
  time: 'a time of day',
  uuid: 'a valid identifier',
  url: 'a web address',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function describeLimit(issue: ValidationIssue, side: 'most' | 'least'): string {
  const limit = Number(side === 'most' ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (side === 'least' && limit <= 1) return 'required';
    return `at ${side} ${plural(limit, 'character', 'characters')}`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (side === 'least' && limit <= 1) return 'choose at least one';
    return `at ${side} ${plural(limit, 'item', 'items')}`;
  }
  if (issue.origin === 'date') return side === 'most' ? 'too late' : 'too early';
  if (inclusive) return `at ${side} ${limit}`;
  return side === 'most' ? `less than ${limit}` : `more than ${limit}`;
}

export function describeValidationIssue(issue: ValidationIssue): string {
  if (issue.message && !zodDefaultMessage.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return describeLimit(issue, 'most');
    case 'too_small':
      return describeLimit(issue, 'least');
    case 'invalid_type':
      if (issue.message?.endsWith('received undefined')) return 'required';
      if (issue.expected === 'int') return 'a whole number';
      if (issue.expected === 'number') return 'a number';
      if (issue.expected === 'boolean') return 'yes or no';
      return 'not the right kind of answer';
    case 'invalid_format':
      return formats[String(issue.format)] ?? 'not in the right form';
    case 'invalid_value':
      return Array.isArray(issue.values) && issue.values.length <= 6
        ? `one of ${issue.values.map(String).join(', ')}`
        : 'not one of the choices';
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return Array.isArray(issue.keys)
        ? `not a field this form has: ${issue.keys.join(', ')}`
        : 'has fields this form does not have';
    default:
      return 'not valid';
  }
}
