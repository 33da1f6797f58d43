/** Where the API lives on this origin; the service worker never caches anything below it. */
export const apiPrefix = '/api/';
