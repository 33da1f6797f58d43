import { useQuery } from '@tanstack/react-query';
import type { HelpAnswer } from '../../domain/help/find-help.js';
import { useClient } from '../api/client-context.js';
import { queryKeys } from '../api/query-keys.js';
import { helpOnDevice } from './bundled-help.js';

/** The hooks of help: the help directory, the family guide and the treatment pathway. */

/**
 * The help directory for a chosen country, or else the one the server picks from the
 * profile's country and the browser's language (the profile country keys the cache).
 * Never missing: while the API answers, or when it fails or the device is offline, the
 * copy bundled into the app gives the same answer. `fromDevice` says which one is shown.
 */
export function useHelpDirectory(
  country: string | undefined,
  profileCountry: string | null | undefined,
): HelpAnswer & { fromDevice: boolean } {
  const client = useClient();
  const query = useQuery({
    queryKey: queryKeys.help(country, profileCountry),
    queryFn: () => client.help(country),
    staleTime: 5 * 60_000,
  });
  if (query.data) return { ...query.data, fromDevice: false };
  return { ...helpOnDevice(country, profileCountry), fromDevice: query.isError };
}

/** The family guide for a chosen country, or the one picked for this visitor. */
export function useFamilyGuide(
  country: string | undefined,
  profileCountry: string | null | undefined,
) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.familyGuide(country ?? profileCountry ?? 'auto'),
    queryFn: () => client.familyGuide(country),
  });
}

/** The treatment pathway for a chosen country, or the one picked for this visitor. */
export function usePathway(country: string | undefined, profileCountry: string | null | undefined) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.pathway(country ?? profileCountry ?? 'auto'),
    queryFn: () => client.pathway(country),
  });
}
