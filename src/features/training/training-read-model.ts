import type { TrainingSettings } from '../../config.js';
import { complianceAt, complianceHeadlineOf } from './compliance.js';
import { startOfLondonDay } from '../../platform/london-time.js';
import { toSessionSummary } from './session.js';
import type { TrainingData } from './training-data.js';
import type { TrainingView } from './training-view.js';

/** What evaluations and briefings may know of training, read from training's own stores. */
export function createTrainingView(data: TrainingData, settings: TrainingSettings): TrainingView {
  return {
    async session(tenantId, sessionId) {
      const session = await data.sessions.get(tenantId, sessionId);
      return session ? toSessionSummary(session.value) : undefined;
    },
    async attendees(tenantId, sessionId) {
      const records = await data.attendance.forSession(tenantId, sessionId);
      return records.filter((record) => record.attended).map((record) => record.memberId);
    },
    async sessionsStartingBetween(tenantId, from, to) {
      return (await data.sessions.publishedStartingBetween(from, to, tenantId)).map(toSessionSummary);
    },
    async complianceHeadline(tenantId, now) {
      const input = await data.complianceInput(tenantId, {
        from: startOfLondonDay(settings.termStart),
        now,
        termStart: settings.termStart,
        refresherMonths: settings.refresherMonths,
      });
      return complianceHeadlineOf(complianceAt(input));
    },
  };
}
