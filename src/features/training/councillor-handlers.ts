import type { TrainingSettings } from '../../config.js';
import { cardAction, type CardActionHandler, type CardActionOutcome } from '../../platform/bot/card-actions.js';
import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { AttendanceRecord } from './attendance.js';
import { trainingOf } from './compliance.js';
import { isInAudience, toCouncillor, type Councillor } from './councillors.js';
import { invitationCard, rsvpSchema } from './invitation-card.js';
import { overviewCard } from './overview-card.js';
import { audienceText } from './session-labels.js';
import { startOfLondonDay } from '../../platform/london-time.js';
import { hasStarted } from './session.js';
import type { TrainingData } from './training-data.js';

/** How many sessions to come `training` lists. */
const upcomingShown = 6;

/** What every councillor can do: see their training, and answer invitations. */
export class CouncillorHandlers {
  constructor(
    private readonly data: TrainingData,
    private readonly settings: TrainingSettings,
  ) {}

  readonly trainingCommand: TextCommand = {
    name: 'training',
    aliases: ['my training', 'training record', 'my training record', 'upcoming training'],
    description: 'Training sessions coming up, and your training record',
    run: async (turn) => {
      await turn.send({ card: await this.overview(turn) });
    },
  };

  readonly rsvp: CardActionHandler = cardAction({
    verb: 'training.rsvp',
    schema: rsvpSchema,
    run: async (turn, { sessionId, answer, view }): Promise<CardActionOutcome> => {
      const { tenantId, memberId } = turn.member;
      const stored = await this.data.sessions.get(tenantId, sessionId);
      if (!stored || stored.value.status === 'draft') {
        return { message: "I can't find that session. Type **training** to see the sessions coming up." };
      }
      const session = stored.value;
      const existing = (await this.data.attendance.get(tenantId, sessionId, memberId))?.value;
      const respond = async (record: AttendanceRecord | undefined, options: { full?: boolean; note?: string } = {}) =>
        view === 'overview' ? { card: await this.overview(turn, options.note) } : { card: invitationCard(session, record, turn.now, options) };

      // Once cancelled or started, the card just says so; nothing is recorded.
      if (session.status === 'cancelled' || hasStarted(session, turn.now)) return respond(existing);
      if (!existing?.invitedAt) {
        const member = await this.data.members.get(tenantId, memberId);
        if (!isInAudience(session, member?.roles ?? [])) {
          return { message: `That session is for: ${audienceText(session)}. If you think you should be invited, please contact Democratic Services.` };
        }
      }
      if (answer === 'accepted' && existing?.rsvp !== 'accepted') {
        const placed = await this.data.places.claim(tenantId, sessionId, memberId, session.capacity, turn.now);
        if (!placed) return respond(existing, { full: true, note: `Sorry, ${session.title} is full.` });
      }
      const record = await this.data.attendance.recordRsvp(tenantId, sessionId, memberId, answer, turn.now);
      if (answer === 'declined') await this.data.places.release(tenantId, sessionId, memberId);
      return respond(record, { note: answer === 'accepted' ? `Thank you — you've accepted ${session.title}.` : `Thank you — you've declined ${session.title}.` });
    },
  });

  private async overview(turn: Turn, note?: string): Promise<AdaptiveCard> {
    const { tenantId, memberId } = turn.member;
    const now = turn.now;
    const [member, profile, sessions, records] = await Promise.all([
      this.data.members.get(tenantId, memberId),
      this.data.profiles.get(tenantId, memberId),
      this.data.sessions.listForTenant(tenantId),
      this.data.attendance.forMember(tenantId, memberId),
    ]);
    // In a group chat the member may not be on record yet: no roles, nudges as by default.
    const councillor: Councillor = member
      ? toCouncillor(member, profile)
      : { memberId, name: turn.member.name ?? 'You', roles: [], installed: true, trainingNudges: true, electedOn: profile?.electedOn };
    const bySession = new Map(records.map((record) => [record.sessionId, record]));
    const upcoming = sessions
      .filter((session) => session.status === 'published' && !hasStarted(session, now))
      .filter((session) => bySession.has(session.id) || isInAudience(session, councillor.roles))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(0, upcomingShown)
      .map((session) => ({ session, record: bySession.get(session.id) }));
    const training = trainingOf(councillor, {
      sessions,
      attendance: records,
      from: startOfLondonDay(this.settings.termStart),
      now,
      termStart: this.settings.termStart,
      refresherMonths: this.settings.refresherMonths,
    });
    return overviewCard({ upcoming, training, nudgesOn: councillor.trainingNudges, note, now });
  }
}
