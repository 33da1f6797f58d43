import type { z } from 'zod';
import type { ZPersonDataExportSchema } from '../../domain/data-transfer/data-transfer-api.js';
import {
  checkInsCsv,
  cravingsCsv,
  dosesCsv,
  questionnaireResponsesCsv,
} from '../log/export-csv.js';
import type { ExportFile, ExportFileKind } from './ketalog-client.js';

type PersonDataExport = z.output<typeof ZPersonDataExportSchema>;

/** The files built on the device from the one JSON document; the others come from the server. */
export type DeviceFileKind = Exclude<ExportFileKind, 'fhir' | 'gp-report' | 'urologist-report'>;

const files: Record<
  DeviceFileKind,
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
    build: (data) => dosesCsv(data.doses, data.account.profile.timeZone),
  },
  'check-ins-csv': {
    fileName: 'ketalog-check-ins.csv',
    type: 'text/csv',
    build: (data) => checkInsCsv(data.checkIns),
  },
  'self-checks-csv': {
    fileName: 'ketalog-self-checks.csv',
    type: 'text/csv',
    build: (data) =>
      questionnaireResponsesCsv(data.questionnaireResponses, data.account.profile.timeZone),
  },
  'cravings-csv': {
    fileName: 'ketalog-cravings.csv',
    type: 'text/csv',
    build: (data) => cravingsCsv(data.cravings, data.account.profile.timeZone),
  },
};

/** One file of the export, built on the device from the one JSON document of the person's data. */
export function exportFileOf(kind: DeviceFileKind, data: PersonDataExport): ExportFile {
  const { fileName, type, build } = files[kind];
  return { fileName, blob: new Blob([build(data)], { type: `${type};charset=utf-8` }) };
}

/** The FHIR Bundle of the person's data as a file (made by the server, or on the device). */
export function fhirExportFile(bundle: unknown): ExportFile {
  const text = JSON.stringify(bundle, null, 2);
  return {
    fileName: 'ketalog-fhir.json',
    blob: new Blob([text], { type: 'application/fhir+json' }),
  };
}
