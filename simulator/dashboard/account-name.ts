/** What a test key may name (`skey_test_<name>`): the dashboard's URLs take nothing else as an account. */
export const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
