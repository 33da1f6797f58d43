import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { dialableNumber, isDialable, smsHref } from './dial-links.js';

describe('tel: links', () => {
  it('drops the spaces people use to group digits', () => {
    expect(dialableNumber('116 123')).toBe('tel:116123');
    expect(dialableNumber('0800 111 0 111')).toBe('tel:08001110111');
  });

  it('keeps a US toll-free number as dialled in the US, without inventing a country code', () => {
    expect(dialableNumber('1-800-662-4357')).toBe('tel:18006624357');
  });

  it('keeps a leading plus when the number is written internationally', () => {
    expect(dialableNumber('+44 300 123 6600')).toBe('tel:+443001236600');
  });

  it('accepts short emergency numbers such as 000, 111 and 999', () => {
    for (const number of ['000', '111', '999', '112', '988']) expect(isDialable(number)).toBe(true);
  });

  it('refuses words, vanity letters, too few or too many digits', () => {
    for (const number of ['', 'call us', '1-800-HELP', '12', '+', '1234567890123456', '++44 1']) {
      expect(isDialable(number)).toBe(false);
    }
    expect(() => dialableNumber('1-800-HELP')).toThrow(AppError);
  });

  it('always gives a tel: link made only of digits for any dialable number', () => {
    const grouped = fc
      .array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 4 })
      .map((groups) => groups.join(' '))
      .filter(isDialable);
    fc.assert(
      fc.property(grouped, (number) => {
        expect(dialableNumber(number)).toMatch(/^tel:[0-9]{3,15}$/);
      }),
    );
  });
});

describe('sms: links', () => {
  it('fills in the keyword so one tap opens a ready-to-send message', () => {
    expect(smsHref({ number: '85258', keyword: 'SHOUT' })).toBe('sms:85258?&body=SHOUT');
  });

  it('opens an empty message when the service needs no keyword', () => {
    expect(smsHref({ number: '0477 13 11 14' })).toBe('sms:0477131114');
  });

  it('encodes a keyword with a space', () => {
    expect(smsHref({ number: '988', keyword: 'HELLO THERE' })).toBe('sms:988?&body=HELLO%20THERE');
  });

  it('refuses a keyword that could smuggle extra link parameters', () => {
    expect(() => smsHref({ number: '85258', keyword: 'SHOUT&x=1' })).toThrow(AppError);
  });
});
