import { useState } from 'react';
import { api } from '../api/client.js';
import { FormError } from '../components/FormError.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import {
  checkInsCsv,
  cravingsCsv,
  dosesCsv,
  questionnaireResponsesCsv,
  type ExportData,
} from '../log/export-csv.js';
import { Link } from '../router.js';

type Download = {
  label: MessageKey;
  file: string;
  type: string;
  build: (data: ExportData) => string;
};

const downloads: Download[] = [
  {
    label: 'log.data.json',
    file: 'ketalog-export.json',
    type: 'application/json',
    build: (data) => JSON.stringify(data, null, 2),
  },
  {
    label: 'log.data.csvDoses',
    file: 'ketalog-doses.csv',
    type: 'text/csv',
    build: (data) => dosesCsv(data.doses),
  },
  {
    label: 'log.data.csvCheckIns',
    file: 'ketalog-check-ins.csv',
    type: 'text/csv',
    build: (data) => checkInsCsv(data.checkIns),
  },
  {
    label: 'log.data.csvResponses',
    file: 'ketalog-self-checks.csv',
    type: 'text/csv',
    build: (data) => questionnaireResponsesCsv(data.questionnaireResponses),
  },
  {
    label: 'log.data.csvCravings',
    file: 'ketalog-cravings.csv',
    type: 'text/csv',
    build: (data) => cravingsCsv(data.cravings),
  },
];

/** Saves text as a file on the device: built in the browser from the one export. */
function saveFile(text: string, file: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The person's right of access: everything as JSON, and a CSV per kind of entry. */
export function DataPage() {
  const [error, setError] = useState<unknown>(null);
  const [started, setStarted] = useState(false);

  const download = async (choice: Download) => {
    setError(null);
    setStarted(false);
    try {
      const data = await api<ExportData>('GET', '/api/me/export');
      saveFile(choice.build(data), choice.file, choice.type);
      setStarted(true);
    } catch (caught) {
      setError(caught);
    }
  };

  const [json, ...csvs] = downloads;
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('log.data.title')}</h1>
      <p>{t('log.data.intro')}</p>
      {json && (
        <button type="button" className="primary" onClick={() => void download(json)}>
          {t(json.label)}
        </button>
      )}
      <h2>{t('log.data.csvTitle')}</h2>
      <ul className="download-list">
        {csvs.map((choice) => (
          <li key={choice.file}>
            <button type="button" onClick={() => void download(choice)}>
              {t(choice.label)}
            </button>
          </li>
        ))}
      </ul>
      <FormError error={error} />
      {started && <p role="status">{t('log.data.ready')}</p>}
      <h2>{t('log.data.deleteTitle')}</h2>
      <p>
        {t('log.data.deleteBody')} <Link href="/settings">{t('log.data.toSettings')}</Link>
      </p>
    </section>
  );
}
