import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares secrets (download tokens) in constant time; hashing first hides their lengths too. */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
