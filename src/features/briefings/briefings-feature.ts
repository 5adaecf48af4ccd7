import type { FeatureModule } from '../../platform/bot/feature-module.js';
import type { CsvExport } from '../../platform/http/signed-exports.js';
import type { ScheduledJob } from '../../platform/scheduler/scheduled-job.js';
import type { Article } from '../answers/article.js';
import type { FeatureContext } from '../feature-context.js';
import type { TrainingView } from '../training/training-view.js';
import { BriefingHandlers, deliveryExportKind } from './briefing-handlers.js';
import { reportCsv } from './briefing-report.js';
import { BriefingRepository } from './briefing-repository.js';
import { BriefingWorkflow } from './briefing-workflow.js';
import { channelRecipientId, TeamChannels } from './team-channels.js';
import type { TeamInfo, Turn } from '../../platform/bot/turn.js';

export interface BriefingSources {
  readonly training: TrainingView;
  /** The knowledge articles (AnswerEngine.articles): those reviewed since the last issue are listed in the draft. */
  readonly articles: readonly Pick<Article, 'title' | 'reviewed'>[];
}

export interface BriefingsFeature {
  readonly module: FeatureModule;
  /** The bot was added to a team: its channel can get the briefing (the one named by BRIEFING_TEAM_ID does). */
  onTeamInstalled(turn: Turn, team: TeamInfo): Promise<void>;
  onTeamUninstalled(turn: Turn, team: TeamInfo): Promise<void>;
}

/** The fortnightly member briefing: auto-draft, officers' review and approval, sending, report, recall. */
export function createBriefingsFeature(context: FeatureContext, sources: BriefingSources): BriefingsFeature {
  const { config } = context;
  const repository = new BriefingRepository(context.containers.briefings);
  const teamChannels = new TeamChannels(context.containers.briefings);
  context.recipients.route('channel:', teamChannels.directory());
  const workflow = new BriefingWorkflow({
    repository,
    members: context.members,
    delivery: context.delivery,
    training: sources.training,
    articles: sources.articles,
    schedule: config.briefing.anchorDate ? { ...config.briefing, anchorDate: config.briefing.anchorDate } : undefined,
    sendTime: config.briefing.sendTime,
    adminAadObjectIds: config.adminAadObjectIds,
    teamChannelRecipient: config.briefing.teamId ? channelRecipientId(config.briefing.teamId) : undefined,
    logger: context.logger,
  });
  const handlers = new BriefingHandlers(workflow, repository, context.adminPolicy, context.exports);

  const cycle: ScheduledJob = {
    name: 'briefings.cycle',
    async run(now) {
      for (const tenantId of await context.members.servedTenantIds()) await workflow.runCycle(tenantId, now);
    },
  };

  const deliveries: CsvExport = {
    kind: deliveryExportKind,
    async build({ tenantId = '', briefingId = '' }) {
      const found = await repository.get(tenantId, briefingId);
      if (!found?.value.campaignId) return { filename: 'briefing-deliveries.csv', rows: reportCsv([]) };
      const { rows } = await workflow.reportRows(found.value);
      return { filename: `briefing-${found.value.issueDate}-deliveries.csv`, rows: reportCsv(rows) };
    },
  };

  return {
    module: {
      commands: [handlers.latestCommand, ...handlers.officerCommands()],
      cardActions: [handlers.acknowledge, ...handlers.officerActions()],
      jobs: [cycle],
      exports: [deliveries],
    },
    onTeamInstalled: (turn, team) => teamChannels.installed(turn.member.tenantId, team, turn.conversationReference, turn.now),
    onTeamUninstalled: (turn, team) => teamChannels.uninstalled(turn.member.tenantId, team.id, turn.now),
  };
}
