import { describe, expect, it } from 'vitest';
import { AccountStore } from './account-store.js';

const source = (id: string) => ({ id, createdAt: 0 }) as never;

describe('AccountStore.holds', () => {
  it('finds an id in the table its prefix names', () => {
    const store = new AccountStore();
    store.putSource(source('src_test_1'));
    expect(store.holds('src_test_1')).toBe(true);
    expect(store.holds('chrg_test_1')).toBe(false);
    expect(store.holds('trxn_test_1')).toBe(false);
  });

  it('finds an id stored under another kind, as an imported snapshot may hold', () => {
    const store = new AccountStore();
    store.putSource(source('chrg_test_odd'));
    expect(store.holds('chrg_test_odd')).toBe(true);
    expect(store.holds('src_test_none')).toBe(false);
  });

  it('forgets every id once the store is emptied, and uses its prefixes again', () => {
    const store = new AccountStore();
    store.putSource(source('chrg_test_odd'));
    store.clear();
    expect(store.holds('chrg_test_odd')).toBe(false);
    store.putSource(source('src_test_2'));
    expect(store.holds('src_test_2')).toBe(true);
  });
});
