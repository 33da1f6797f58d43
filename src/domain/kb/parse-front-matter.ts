/**
 * A deliberately small front-matter reader for knowledge-base articles (not YAML):
 *
 *   ---
 *   title: Any text to the end of the line, taken verbatim
 *   tags:
 *     - a list item
 *   references:
 *     - id: first
 *       kind: doi
 *   ---
 *   Markdown body…
 *
 * Top-level keys start at column 0. `key: value` is a string; `key:` alone opens a list
 * whose items are indented `- item` lines. An item written `- key: value` starts an
 * object, and further indented `key: value` lines belong to it. A list holds only strings
 * or only objects. Blank lines are ignored. There is no quoting, no nesting deeper than
 * that, no comments: anything else is an error that names the line.
 */
export type FrontMatterValue = string | string[] | Record<string, string>[];
export type FrontMatter = Record<string, FrontMatterValue>;

export type FrontMatterResult =
  { ok: true; data: FrontMatter; body: string } | { ok: false; line: number; message: string };

const fence = '---';
const topLevelPattern = /^([A-Za-z][A-Za-z0-9]*):(?:\s+(.*))?$/;
const itemPattern = /^\s*-\s+(.*)$/;
const fieldPattern = /^([A-Za-z][A-Za-z0-9]*):(?:\s+(.*))?$/;
const indentedFieldPattern = /^\s+([A-Za-z][A-Za-z0-9]*):(?:\s+(.*))?$/;

type OpenList = {
  key: string;
  items: string[] | Record<string, string>[];
  object?: Record<string, string>;
};

export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== fence) {
    return { ok: false, line: 1, message: 'must start with a "---" line' };
  }
  const closeIndex = lines.findIndex((line, index) => index > 0 && line.trimEnd() === fence);
  if (closeIndex === -1) {
    return { ok: false, line: lines.length, message: 'has no closing "---" line' };
  }

  const data: FrontMatter = {};
  let list: OpenList | undefined;

  for (let index = 1; index < closeIndex; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    const fail = (message: string): FrontMatterResult => ({ ok: false, line: lineNumber, message });
    if (line.trim() === '') continue;

    const topLevel = topLevelPattern.exec(line);
    if (topLevel) {
      const key = topLevel[1] ?? '';
      if (Object.hasOwn(data, key)) return fail(`repeats the key "${key}"`);
      const value = topLevel[2]?.trim() ?? '';
      if (value === '') {
        const items: string[] = [];
        data[key] = items;
        list = { key, items };
      } else {
        data[key] = value;
        list = undefined;
      }
      continue;
    }

    const item = itemPattern.exec(line);
    if (item) {
      if (!list) return fail('has a "- item" line that does not follow a "key:" line');
      const content = item[1]?.trim() ?? '';
      const field = fieldPattern.exec(content);
      const isObjectList = list.items.length > 0 && typeof list.items[0] === 'object';
      if (field) {
        if (list.items.length > 0 && !isObjectList) {
          return fail(`mixes plain items and "key: value" items in "${list.key}"`);
        }
        const object = { [field[1] ?? '']: field[2]?.trim() ?? '' };
        (list.items as Record<string, string>[]).push(object);
        list.object = object;
      } else {
        if (isObjectList) return fail(`mixes plain items and "key: value" items in "${list.key}"`);
        (list.items as string[]).push(content);
      }
      continue;
    }

    const indentedField = indentedFieldPattern.exec(line);
    if (indentedField && list?.object) {
      const key = indentedField[1] ?? '';
      if (Object.hasOwn(list.object, key)) return fail(`repeats the key "${key}" in one item`);
      list.object[key] = indentedField[2]?.trim() ?? '';
      continue;
    }

    return fail(
      'is not "key: value", "key:" followed by "- item" lines, or an indented "key: value" inside a list item',
    );
  }

  return {
    ok: true,
    data,
    body: lines
      .slice(closeIndex + 1)
      .join('\n')
      .trim(),
  };
}
