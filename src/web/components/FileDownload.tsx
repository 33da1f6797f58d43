import { useMutation } from '@tanstack/react-query';
import type { ExportFile } from '../api/ketalog-client.js';
import { FormError } from './FormError.js';

/** Saves a file on the device. */
export function saveFile({ fileName, blob }: ExportFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that fetches one file (a session's PDF record, say) and saves it on the device. */
export function FileDownloadButton({
  label,
  fetchFile,
}: {
  label: string;
  fetchFile: () => Promise<ExportFile>;
}) {
  const download = useMutation({ mutationFn: fetchFile, onSuccess: saveFile });
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
        {label}
      </button>
      <FormError error={download.error} />
    </>
  );
}
