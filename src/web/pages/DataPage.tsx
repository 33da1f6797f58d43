import { useExportFile } from '../account/account-queries.js';
import type { ExportFile, ExportFileKind } from '../api/ketalog-client.js';
import { FormError } from '../components/FormError.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';

const csvLabels: Array<{ kind: ExportFileKind; label: MessageKey }> = [
  { kind: 'doses-csv', label: 'log.data.csvDoses' },
  { kind: 'check-ins-csv', label: 'log.data.csvCheckIns' },
  { kind: 'self-checks-csv', label: 'log.data.csvResponses' },
  { kind: 'cravings-csv', label: 'log.data.csvCravings' },
];

/** Saves a file on the device. */
function saveFile({ fileName, blob }: ExportFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The person's right of access: everything as JSON, and a CSV per kind of entry. */
export function DataPage() {
  const exportFile = useExportFile();
  const download = (kind: ExportFileKind) => exportFile.mutate(kind, { onSuccess: saveFile });
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('log.data.title')}</h1>
      <p>{t('log.data.intro')}</p>
      <button type="button" className="primary" onClick={() => download('json')}>
        {t('log.data.json')}
      </button>
      <h2>{t('log.data.csvTitle')}</h2>
      <ul className="download-list">
        {csvLabels.map(({ kind, label }) => (
          <li key={kind}>
            <button type="button" onClick={() => download(kind)}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
      <FormError error={exportFile.error} />
      {exportFile.isSuccess && <p role="status">{t('log.data.ready')}</p>}
      <h2>{t('log.data.deleteTitle')}</h2>
      <p>
        {t('log.data.deleteBody')} <Link href="/settings">{t('log.data.toSettings')}</Link>
      </p>
    </section>
  );
}
