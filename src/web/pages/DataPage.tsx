import { useState } from 'react';
import { useExportFile, useImportFile } from '../account/account-queries.js';
import { ApiError } from '../api/client.js';
import type { ExportFileKind } from '../api/ketalog-client.js';
import { saveFile } from '../components/FileDownload.js';
import { FormError } from '../components/FormError.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';

type Choice = { kind: ExportFileKind; label: MessageKey };

const csvChoices: Choice[] = [
  { kind: 'doses-csv', label: 'log.data.csvDoses' },
  { kind: 'check-ins-csv', label: 'log.data.csvCheckIns' },
  { kind: 'self-checks-csv', label: 'log.data.csvResponses' },
  { kind: 'cravings-csv', label: 'log.data.csvCravings' },
];

const reportChoices: Choice[] = [
  { kind: 'gp-report', label: 'log.data.reportGp' },
  { kind: 'urologist-report', label: 'log.data.reportUrologist' },
];

function ChoiceList({
  choices,
  onChoose,
}: {
  choices: Choice[];
  onChoose: (kind: ExportFileKind) => void;
}) {
  return (
    <ul className="download-list">
      {choices.map(({ kind, label }) => (
        <li key={kind}>
          <button type="button" onClick={() => onChoose(kind)}>
            {t(label)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Reads a chosen file and imports it; the server names the first problem of a bad file. */
function ImportSection() {
  const importFile = useImportFile();
  const [notJson, setNotJson] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setNotJson(false);
    importFile.reset();
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setNotJson(true);
      return;
    }
    importFile.mutate(parsed as Record<string, unknown>);
  };
  const result = importFile.data;
  const refused = importFile.error;
  return (
    <>
      <h2>{t('log.data.importTitle')}</h2>
      <p>{t('log.data.importIntro')}</p>
      <label className="file-choice">
        {t('log.data.importChoose')}
        <input
          type="file"
          accept=".json,application/json,application/fhir+json"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </label>
      {notJson && (
        <p className="form-error" role="alert">
          {t('log.data.importNotJson')}
        </p>
      )}
      {refused instanceof ApiError && refused.status === 400 ? (
        // The server's message names the entry and field, in words written for people.
        <p className="form-error" role="alert">
          {refused.message}
        </p>
      ) : (
        <FormError error={refused} />
      )}
      {result && (
        <p role="status">
          {t('log.data.importDone', {
            doses: result.added.doses,
            checkIns: result.added.checkIns,
            responses: result.added.questionnaireResponses,
            cravings: result.added.cravings,
            plan: result.added.plan,
            prescription: result.added.prescription,
            skipped: Object.values(result.alreadyPresent).reduce((sum, count) => sum + count, 0),
          })}
        </p>
      )}
    </>
  );
}

/** The person's right of access: everything as JSON or FHIR, reports, CSVs, and import. */
export function DataPage() {
  const exportFile = useExportFile();
  const download = (kind: ExportFileKind) => exportFile.mutate(kind, { onSuccess: saveFile });
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{t('log.data.title')}</h1>
      <p>{t('log.data.intro')}</p>
      <button type="button" className="primary" onClick={() => download('json')}>
        {t('log.data.json')}
      </button>{' '}
      <button type="button" onClick={() => download('fhir')}>
        {t('log.data.fhir')}
      </button>
      <p>{t('log.data.fhirNote')}</p>
      <h2>{t('log.data.reportsTitle')}</h2>
      <p>{t('log.data.reportsIntro')}</p>
      <ChoiceList choices={reportChoices} onChoose={download} />
      <h2>{t('log.data.csvTitle')}</h2>
      <ChoiceList choices={csvChoices} onChoose={download} />
      <FormError error={exportFile.error} />
      {exportFile.isSuccess && <p role="status">{t('log.data.ready')}</p>}
      <ImportSection />
      <h2>{t('log.data.deleteTitle')}</h2>
      <p>
        {t('log.data.deleteBody')} <Link href="/settings">{t('log.data.toSettings')}</Link>
      </p>
    </section>
  );
}
