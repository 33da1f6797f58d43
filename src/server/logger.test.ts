import { describe, expect, it } from 'vitest';
import { formatLogRecordAsText } from './logger.js';

const at = new Date(2026, 0, 5, 14, 2, 11).getTime();

describe('log lines for a terminal', () => {
  it('shows the time, level and message, with the reason of an error and its stack below', () => {
    const record = JSON.stringify({
      level: 50,
      time: at,
      msg: 'request failed',
      err: { message: 'connection refused', stack: 'Error: connection refused\n    at db.ts:1' },
    });
    expect(formatLogRecordAsText(record)).toBe(
      '14:02:11 error request failed: connection refused\n    at db.ts:1',
    );
  });

  it('drops the listening records, because the serve command prints where the app is', () => {
    const record = { level: 30, time: at, msg: 'Server listening at http://127.0.0.1:3000' };
    expect(formatLogRecordAsText(JSON.stringify(record))).toBeNull();
  });

  it('passes a line that is not JSON through as it is', () => {
    expect(formatLogRecordAsText('plain words\n')).toBe('plain words');
  });
});
