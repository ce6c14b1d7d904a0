import { iso } from '../render/timestamps.js';
import type { JournalEntry } from './journal-entry.js';

export function renderJournalEntry(entry: JournalEntry): Record<string, unknown> {
  return {
    object: 'sim_request',
    id: entry.id,
    method: entry.method,
    path: entry.path,
    query: entry.query,
    status: entry.status,
    duration_ms: entry.durationMs,
    user_agent: entry.userAgent,
    request_body: entry.requestBody,
    response_body: entry.responseBody,
    created_at: iso(entry.createdAt),
  };
}
