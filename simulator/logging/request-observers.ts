import type { RequestObserver } from '../http/observe-requests.js';
import type { RequestJournal } from '../journal/request-journal.js';
import type { ActivityLog } from './activity-log.js';

/** Who hears each finished request: the journal (unless it keeps none) and the log (unless silent). */
export function requestObservers(journal: RequestJournal, activity: ActivityLog): RequestObserver[] {
  const observers: RequestObserver[] = [];
  if (journal.size > 0)
    observers.push({ wantsBodies: () => true, observe: (request) => journal.record(request) });
  if (activity.enabled)
    observers.push({ wantsBodies: () => false, observe: (request) => activity.request(request) });
  return observers;
}
