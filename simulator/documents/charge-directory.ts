import type { Account } from '../account/account.js';
import type { Accounts } from '../account/accounts.js';
import type { EventRecord } from '../domain/records.js';

/**
 * Finds charges from what keyless URLs carry (a document id, a charge id, a TrueMoney reference) across
 * every account in O(1): it indexes each `charge.create` event as accounts record it. A charge that is
 * gone (its account was reset) is dropped from the index on lookup.
 */
export class ChargeDirectory {
  readonly #accountByCharge = new Map<string, Account>();
  readonly #chargeByDocument = new Map<string, string>();
  readonly #chargeByReference = new Map<string, string>();
  readonly #firstDocumentListeners: Array<() => void> = [];

  constructor(accounts: Accounts) {
    accounts.onCreate((account) => account.onEvent((event) => this.#index(event, account)));
  }

  /** The account that holds the charge, if the charge still exists. */
  accountOf(chargeId: string): Account | undefined {
    const account = this.#accountByCharge.get(chargeId);
    if (account && !account.store.charges.has(chargeId)) {
      this.#accountByCharge.delete(chargeId);
      return undefined;
    }
    return account;
  }

  /** Calls `listener` once, when the first charge with a document is indexed. */
  onFirstDocument(listener: () => void): void {
    if (this.#chargeByDocument.size > 0) listener();
    else this.#firstDocumentListeners.push(listener);
  }

  chargeIdOfDocument(documentId: string): string | undefined {
    return this.#chargeByDocument.get(documentId);
  }

  chargeIdOfReference(reference: string): string | undefined {
    return this.#chargeByReference.get(reference);
  }

  #index(event: EventRecord, account: Account): void {
    if (event.key !== 'charge.create' || event.data.object !== 'charge') return;
    const { charge } = event.data.snapshot;
    this.#accountByCharge.set(charge.id, account);
    if (charge.document) {
      this.#chargeByDocument.set(charge.document.id, charge.id);
      for (const listener of this.#firstDocumentListeners.splice(0)) listener();
    }
    if (charge.reference) this.#chargeByReference.set(charge.reference, charge.id);
  }
}
