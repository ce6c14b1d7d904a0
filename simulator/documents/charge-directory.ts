import type { Account } from '../account/account.js';
import type { Accounts } from '../account/accounts.js';
import type { EventRecord } from '../domain/records.js';
import { ShardedMap } from '../shared/sharded-map.js';

/**
 * Finds charges from what keyless URLs carry (a document id, a charge id, a TrueMoney reference) across
 * every account in O(1): it indexes each `charge.create` event as accounts record it. A charge that is
 * gone (its account was reset) is dropped from the index on lookup.
 * One charge id may be held by several accounts (a snapshot imported into a second account keeps its ids):
 * the account that indexed it last answers, and once that one no longer holds it, the one before, so that
 * resetting one account never takes another's charge off its customer pages.
 */
export class ChargeDirectory {
  /** Most charges are in one account; an id imported into others keeps every holder, the latest last. */
  readonly #accountByCharge = new ShardedMap<Account | Account[]>();
  readonly #chargeByDocument = new ShardedMap<string>();
  readonly #chargeByReference = new ShardedMap<string>();
  readonly #firstDocumentListeners: Array<() => void> = [];

  constructor(accounts: Accounts) {
    accounts.onCreate((account) => account.onEvent((event) => this.#index(event, account)));
  }

  /** The account that holds the charge, if the charge still exists. */
  accountOf(chargeId: string): Account | undefined {
    const indexed = this.#accountByCharge.get(chargeId);
    if (indexed === undefined) return undefined;
    const holders = (Array.isArray(indexed) ? indexed : [indexed]).filter((account) =>
      account.store.charges.has(chargeId),
    );
    if (holders.length === 0) this.#accountByCharge.delete(chargeId);
    else this.#accountByCharge.set(chargeId, holders.length === 1 ? (holders[0] as Account) : holders);
    return holders.at(-1);
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
    this.#remember(charge.id, account);
    if (charge.document) {
      this.#chargeByDocument.set(charge.document.id, charge.id);
      for (const listener of this.#firstDocumentListeners.splice(0)) listener();
    }
    if (charge.reference) this.#chargeByReference.set(charge.reference, charge.id);
  }

  #remember(chargeId: string, account: Account): void {
    const indexed = this.#accountByCharge.get(chargeId);
    if (indexed === undefined || indexed === account) this.#accountByCharge.set(chargeId, account);
    else {
      const others = (Array.isArray(indexed) ? indexed : [indexed]).filter((held) => held !== account);
      this.#accountByCharge.set(chargeId, [...others, account]);
    }
  }
}
