import type { MemberRepository } from '../members/member-repository.js';
import type { AttendanceRepository } from './attendance-repository.js';
import type { ComplianceInput } from './compliance.js';
import { councillorsOf, type Councillor } from './councillors.js';
import type { PlacesRepository } from './places-repository.js';
import type { ProfileRepository } from './profile-repository.js';
import type { SessionRepository } from './session-repository.js';

/** The training feature's stores, and the reads that combine them with the members record. */
export class TrainingData {
  constructor(
    readonly sessions: SessionRepository,
    readonly attendance: AttendanceRepository,
    readonly places: PlacesRepository,
    readonly profiles: ProfileRepository,
    readonly members: MemberRepository,
    private readonly configuredAdminIds: readonly string[],
  ) {}

  async councillors(tenantId: string, now: Date): Promise<Councillor[]> {
    const [members, profiles] = await Promise.all([this.members.listByTenant(tenantId), this.profiles.listForTenant(tenantId)]);
    return councillorsOf(members, profiles, this.configuredAdminIds, now);
  }

  async complianceInput(tenantId: string, settings: Pick<ComplianceInput, 'from' | 'now' | 'termStart' | 'refresherMonths'>): Promise<ComplianceInput> {
    const [councillors, sessions, attendance] = await Promise.all([
      this.councillors(tenantId, settings.now),
      this.sessions.listForTenant(tenantId),
      this.attendance.forTenant(tenantId),
    ]);
    return { ...settings, councillors, sessions, attendance };
  }
}
