import { t } from '../i18n/t.js';
import type { MessageKey } from '../i18n/messages.en.js';

/** A section whose tools are introduced by later releases: its title and what it is for. */
export function SectionIntroPage({ title, body }: { title: MessageKey; body: MessageKey }) {
  return (
    <section>
      <h1 tabIndex={-1}>{t(title)}</h1>
      <p>{t(body)}</p>
    </section>
  );
}
