import { useState } from 'react';
import { t } from '../i18n/t.js';

/** Notes longer than this are folded to their beginning until asked for. */
const FOLD_AFTER_CHARS = 160;
const PREVIEW_CHARS = 120;

/** The beginning of `text`, cut at a word boundary. */
function previewOf(text: string): string {
  const cut = text.slice(0, PREVIEW_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > PREVIEW_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A free-text note, folded when long so a timeline stays easy to scan. */
export function FoldedText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= FOLD_AFTER_CHARS) return <p className="hint note">{text}</p>;
  return (
    <p className="hint note">
      {open ? text : previewOf(text)}{' '}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen((current) => !current)}
      >
        {t(open ? 'log.history.noteLess' : 'log.history.noteMore')}
      </button>
    </p>
  );
}
