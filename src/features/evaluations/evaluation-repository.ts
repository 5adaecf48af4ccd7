import { createIfAbsent } from '../../platform/cosmos/item-operations.js';
import type { Container, SqlQuerySpec } from '@azure/cosmos';
import { isConflict, isNotFound, isPreconditionFailed } from '../../platform/cosmos/cosmos-errors.js';
import type { ChaserKind, EvaluationTimes } from './evaluation-schedule.js';
import type { EvaluationAnswers } from './evaluation-submission.js';

/** One per session whose attendance was recorded (id = session id): its window and the reminders sent. */
export interface SessionEvaluation {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: 'evaluation';
  readonly tenantId: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly times: EvaluationTimes;
  readonly createdAt: string;
  readonly chasersSent: Partial<Record<ChaserKind, string>>;
}

/** Someone was sent the form (id = `<sessionId>|invited|<memberKey>`). Keyed by pseudonym, like responses. */
export interface EvaluationInvitation {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: 'invitation';
  readonly tenantId: string;
  readonly memberKey: string;
  readonly invitedAt: string;
}

/** One member's answers for one session (id = `<sessionId>|<memberKey>`): never their id or name. */
export interface EvaluationResponse {
  readonly id: string;
  readonly sessionId: string;
  readonly kind: 'response';
  readonly tenantId: string;
  readonly memberKey: string;
  readonly answers: EvaluationAnswers;
  readonly submittedAt: string;
  readonly updatedAt: string;
}

type SaveOutcome = 'created' | 'updated' | 'unchanged';

const responseId = (sessionId: string, memberKey: string) => `${sessionId}|${memberKey}`;
const invitationId = (sessionId: string, memberKey: string) => `${sessionId}|invited|${memberKey}`;

/** The `evaluations` container (partition key /sessionId). */
export class EvaluationRepository {
  constructor(private readonly container: Container) {}

  /** Starts the session's evaluation, once; later calls get the one that exists. */
  async open(evaluation: Omit<SessionEvaluation, 'id' | 'kind' | 'chasersSent'>): Promise<SessionEvaluation> {
    const record: SessionEvaluation = { ...evaluation, id: evaluation.sessionId, kind: 'evaluation', chasersSent: {} };
    try {
      await this.container.items.create(record);
      return record;
    } catch (error) {
      if (!isConflict(error)) throw error;
      return (await this.evaluation(evaluation.sessionId)) ?? record;
    }
  }

  evaluation(sessionId: string): Promise<SessionEvaluation | undefined> {
    return this.read<SessionEvaluation>(sessionId, sessionId);
  }

  /** The evaluations of these sessions that belong to the tenant, in the order asked for. */
  async evaluationsOf(tenantId: string, sessionIds: readonly string[]): Promise<SessionEvaluation[]> {
    const found = await Promise.all(sessionIds.map((sessionId) => this.evaluation(sessionId)));
    return found.filter((evaluation): evaluation is SessionEvaluation => evaluation?.tenantId === tenantId);
  }

  /** Evaluations of every tenant still open at `now`, for the reminder job. */
  openAt(now: Date): Promise<SessionEvaluation[]> {
    return this.queryAll<SessionEvaluation>({
      query: 'SELECT * FROM c WHERE c.kind = "evaluation" AND c.times.closesAt > @now',
      parameters: [{ name: '@now', value: now.toISOString() }],
    });
  }

  async ofTenant(tenantId: string): Promise<SessionEvaluation[]> {
    const evaluations = await this.queryAll<SessionEvaluation>({
      query: 'SELECT * FROM c WHERE c.kind = "evaluation" AND c.tenantId = @tenantId',
      parameters: [{ name: '@tenantId', value: tenantId }],
    });
    return evaluations.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  }

  async markChaserSent(sessionId: string, kind: ChaserKind, at: Date): Promise<void> {
    await this.container.item(sessionId, sessionId).patch([{ op: 'set', path: `/chasersSent/${kind}`, value: at.toISOString() }]);
  }

  /** Records that this member was sent the form; false if they already had been. */
  async invite(evaluation: Pick<SessionEvaluation, 'sessionId' | 'tenantId'>, memberKey: string, at: Date): Promise<boolean> {
    const invitation: EvaluationInvitation = {
      id: invitationId(evaluation.sessionId, memberKey),
      sessionId: evaluation.sessionId,
      kind: 'invitation',
      tenantId: evaluation.tenantId,
      memberKey,
      invitedAt: at.toISOString(),
    };
    return createIfAbsent(this.container, invitation);
  }

  invitations(sessionId: string): Promise<EvaluationInvitation[]> {
    return this.ofKind<EvaluationInvitation>(sessionId, 'invitation');
  }

  /** The sessions whose form this member was sent, newest first. */
  async invitationsOf(tenantId: string, memberKey: string): Promise<EvaluationInvitation[]> {
    const invitations = await this.queryAll<EvaluationInvitation>({
      query: 'SELECT * FROM c WHERE c.kind = "invitation" AND c.tenantId = @tenantId AND c.memberKey = @memberKey',
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@memberKey', value: memberKey },
      ],
    });
    return invitations.sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
  }

  response(sessionId: string, memberKey: string): Promise<EvaluationResponse | undefined> {
    return this.read<EvaluationResponse>(responseId(sessionId, memberKey), sessionId);
  }

  responses(sessionId: string): Promise<EvaluationResponse[]> {
    return this.ofKind<EvaluationResponse>(sessionId, 'response');
  }

  /**
   * Stores the member's answers under their key: the first time creates the response, later times
   * replace its answers (if they changed) with an etag check, so racing double clicks store once.
   */
  async saveResponse(
    evaluation: Pick<SessionEvaluation, 'sessionId' | 'tenantId'>,
    memberKey: string,
    answers: EvaluationAnswers,
    now: Date,
  ): Promise<{ response: EvaluationResponse; outcome: SaveOutcome }> {
    const id = responseId(evaluation.sessionId, memberKey);
    for (;;) {
      const existing = await this.container.item(id, evaluation.sessionId).read<EvaluationResponse>().catch((error: unknown) => {
        if (isNotFound(error)) return undefined;
        throw error;
      });
      const current = existing?.resource;
      if (!current) {
        const response: EvaluationResponse = {
          id,
          sessionId: evaluation.sessionId,
          kind: 'response',
          tenantId: evaluation.tenantId,
          memberKey,
          answers,
          submittedAt: now.toISOString(),
          updatedAt: now.toISOString(),
        };
        try {
          await this.container.items.create(response);
          return { response, outcome: 'created' };
        } catch (error) {
          if (isConflict(error)) continue;
          throw error;
        }
      }
      if (sameAnswers(current.answers, answers)) return { response: current, outcome: 'unchanged' };
      const response: EvaluationResponse = { ...current, answers, updatedAt: now.toISOString() };
      try {
        await this.container.item(id, evaluation.sessionId).replace(response, { accessCondition: { type: 'IfMatch', condition: existing.etag! } });
        return { response, outcome: 'updated' };
      } catch (error) {
        if (!isPreconditionFailed(error)) throw error;
      }
    }
  }

  /** Invited and responded counts per session of the tenant, from one query. */
  async countsOf(tenantId: string): Promise<Map<string, { invited: number; responded: number }>> {
    const rows = await this.queryAll<{ sessionId: string; kind: 'invitation' | 'response' }>({
      query: 'SELECT c.sessionId, c.kind FROM c WHERE c.tenantId = @tenantId AND (c.kind = "invitation" OR c.kind = "response")',
      parameters: [{ name: '@tenantId', value: tenantId }],
    });
    const counts = new Map<string, { invited: number; responded: number }>();
    for (const row of rows) {
      const entry = counts.get(row.sessionId) ?? { invited: 0, responded: 0 };
      if (row.kind === 'invitation') entry.invited += 1;
      else entry.responded += 1;
      counts.set(row.sessionId, entry);
    }
    return counts;
  }

  private ofKind<T>(sessionId: string, kind: 'invitation' | 'response'): Promise<T[]> {
    return this.queryAll<T>({
      query: 'SELECT * FROM c WHERE c.sessionId = @sessionId AND c.kind = @kind',
      parameters: [
        { name: '@sessionId', value: sessionId },
        { name: '@kind', value: kind },
      ],
    });
  }

  private async queryAll<T>(query: SqlQuerySpec): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.container.items.query<T>(query, { maxItemCount: 500 }).getAsyncIterator()) items.push(...page.resources);
    return items;
  }

  private async read<T extends object>(id: string, sessionId: string): Promise<T | undefined> {
    try {
      const { resource } = await this.container.item(id, sessionId).read<T>();
      return resource ?? undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

function sameAnswers(a: EvaluationAnswers, b: EvaluationAnswers): boolean {
  const canonical = (answers: EvaluationAnswers) =>
    JSON.stringify(Object.entries(answers).filter(([, value]) => value !== undefined).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
}
