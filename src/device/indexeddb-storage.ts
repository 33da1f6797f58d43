import type { VaultStorage, VaultStorageKey } from './private-vault.js';

const databaseName = 'ketalog-private';
const storeName = 'vault';

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

/** The vault's storage in this browser profile's IndexedDB: sealed bytes and settings only. */
export async function openIndexedDbStorage(): Promise<VaultStorage> {
  const opening = indexedDB.open(databaseName, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(storeName);
  const database = await request(opening);
  const store = (mode: IDBTransactionMode) =>
    database.transaction(storeName, mode, { durability: 'strict' }).objectStore(storeName);
  return {
    get: async <T>(key: VaultStorageKey) => (await request(store('readonly').get(key))) as T,
    put: async (key, value) => void (await request(store('readwrite').put(value, key))),
    clear: async () => void (await request(store('readwrite').clear())),
  };
}
