const KEY = /\b([sp]key_(?:test_)?)[A-Za-z0-9_-]+/g;
// A secret field in JSON ("secret": "...") or in a form body (secret=...): webhook secrets, passwords.
const JSON_SECRET = /("(?:secret|password)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
const FORM_SECRET = /(^|&)((?:secret|password)=)[^&]*/gi;
// 13 to 19 digits, possibly grouped by spaces or dashes: the length of card numbers.
const DIGIT_RUN = /\b\d(?:[ -]?\d){12,18}\b/g;

/**
 * What the request journal keeps of a body: keys, secrets and card-like numbers (a 13-19 digit run that
 * passes the Luhn check) are blanked, a card keeping its last four digits, so a shared journal leaks none.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(KEY, '$1[redacted]')
    .replace(JSON_SECRET, '$1"[redacted]"')
    .replace(FORM_SECRET, '$1$2[redacted]')
    .replace(DIGIT_RUN, (run) => (passesLuhn(run.replace(/\D/g, '')) ? maskCard(run) : run));
}

function maskCard(run: string): string {
  const digits = run.replace(/\D/g, '');
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
