import path from 'node:path';
import type { HelpDirectory } from '../../domain/help/help-directory-schema.js';
import { projectRoot } from '../package-info.js';
import { loadHelpDirectories } from './load-help-directories.js';

/** Everything under content/, read and validated once per process. */
export type Content = {
  helpDirectories: ReadonlyMap<string, HelpDirectory>;
};

export const contentRoot = path.join(projectRoot, 'content');

let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  loading ??= (async () => ({
    helpDirectories: await loadHelpDirectories(path.join(contentRoot, 'help')),
  }))();
  return loading;
}
