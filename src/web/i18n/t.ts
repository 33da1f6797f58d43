import { messagesEn, type MessageKey } from './messages.en.js';

/** Looks up a message and fills `{name}` placeholders. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return messagesEn[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
