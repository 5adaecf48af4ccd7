import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationRepository } from '../../src/features/evaluations/evaluation-repository.js';
import { openCosmosStore, type CosmosStore } from '../../src/platform/cosmos/cosmos-store.js';
import { appendixOneResponses, sampleEvaluation } from '../support/evaluation-fixtures.js';

describe('the evaluations container', () => {
  let store: CosmosStore;
  let repository: EvaluationRepository;
  const [first, second] = appendixOneResponses();
  const evaluation = sampleEvaluation();

  beforeAll(async () => {
    store = await openCosmosStore({ database: 'evaluations-test' });
    repository = new EvaluationRepository(store.containers.evaluations);
    await repository.open(evaluation);
  });
  afterAll(() => store.close());

  it('opening an evaluation twice keeps the first', async () => {
    const again = await repository.open({ ...evaluation, title: 'Renamed', createdAt: '2030-01-01T00:00:00Z' });
    expect(again).toMatchObject({ title: evaluation.title, createdAt: evaluation.createdAt });
  });

  it('a double click stores one response; a change replaces its answers and keeps when it was first submitted', async () => {
    const at = new Date('2026-06-25T08:30:00Z');
    const outcomes = await Promise.all([
      repository.saveResponse(evaluation, 'key-a', first!, at),
      repository.saveResponse(evaluation, 'key-a', first!, at),
    ]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['created', 'unchanged']);

    const later = new Date('2026-06-26T16:00:00Z');
    expect((await repository.saveResponse(evaluation, 'key-a', second!, later)).outcome).toBe('updated');
    expect((await repository.saveResponse(evaluation, 'key-a', second!, later)).outcome).toBe('unchanged');

    const stored = await repository.responses(evaluation.sessionId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 'session-1|key-a', memberKey: 'key-a', submittedAt: at.toISOString(), updatedAt: later.toISOString() });
    expect(stored[0]!.answers.learned).toBe(second!.learned);
  });

  it('records each invitation once and counts invited and responded per session', async () => {
    const at = new Date('2026-06-24T12:00:00Z');
    expect(await repository.invite(evaluation, 'key-a', at)).toBe(true);
    expect(await repository.invite(evaluation, 'key-a', new Date('2026-06-25T12:00:00Z'))).toBe(false);
    expect(await repository.invite(evaluation, 'key-b', at)).toBe(true);
    expect((await repository.invitationsOf(evaluation.tenantId, 'key-a')).map((invitation) => [invitation.sessionId, invitation.invitedAt])).toEqual([
      ['session-1', at.toISOString()],
    ]);
    expect(await repository.countsOf(evaluation.tenantId)).toEqual(new Map([['session-1', { invited: 2, responded: 1 }]]));
    expect(await repository.countsOf('another-tenant')).toEqual(new Map());
  });

  it('finds the evaluations still open, across tenants, for the reminder job', async () => {
    expect((await repository.openAt(new Date('2026-07-08T22:00:00Z'))).map((open) => open.sessionId)).toEqual(['session-1']);
    expect(await repository.openAt(new Date('2026-07-08T23:00:00Z'))).toEqual([]);
  });
});
