import type { z } from 'zod';
import type { ZPersonDataExportSchema } from '../../domain/accounts/account-api.js';
import {
  checkInsCsv,
  cravingsCsv,
  dosesCsv,
  questionnaireResponsesCsv,
} from '../log/export-csv.js';
import type { ExportFile, ExportFileKind } from './ketalog-client.js';

type PersonDataExport = z.output<typeof ZPersonDataExportSchema>;

const files: Record<
  ExportFileKind,
  { fileName: string; type: string; build: (data: PersonDataExport) => string }
> = {
  json: {
    fileName: 'ketalog-export.json',
    type: 'application/json',
    build: (data) => JSON.stringify(data, null, 2),
  },
  'doses-csv': {
    fileName: 'ketalog-doses.csv',
    type: 'text/csv',
    build: (data) => dosesCsv(data.doses),
  },
  'check-ins-csv': {
    fileName: 'ketalog-check-ins.csv',
    type: 'text/csv',
    build: (data) => checkInsCsv(data.checkIns),
  },
  'self-checks-csv': {
    fileName: 'ketalog-self-checks.csv',
    type: 'text/csv',
    build: (data) => questionnaireResponsesCsv(data.questionnaireResponses),
  },
  'cravings-csv': {
    fileName: 'ketalog-cravings.csv',
    type: 'text/csv',
    build: (data) => cravingsCsv(data.cravings),
  },
};

/** One file of the export, built on the device from the one JSON document of the person's data. */
export function exportFileOf(kind: ExportFileKind, data: PersonDataExport): ExportFile {
  const { fileName, type, build } = files[kind];
  return { fileName, blob: new Blob([build(data)], { type: `${type};charset=utf-8` }) };
}
