/** @internal The result of an IndexedDB request, as a promise. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      // The error is the caller's to handle: it travels as this rejection, and the transaction
      // aborts only if the caller lets it escape the transaction's work (see IdbDatabase).
      event.preventDefault();
      event.stopPropagation();
      reject(request.error);
    };
  });
}

/**
 * @internal Settles when the transaction commits; rejects with its error (a `QuotaExceededError`
 * at commit, say) or an `AbortError` when it is aborted.
 */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}
