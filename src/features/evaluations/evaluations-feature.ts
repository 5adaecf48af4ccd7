import type { FeatureModule } from '../../platform/bot/feature-module.js';
import type { FeatureContext } from '../feature-context.js';
import type { AttendanceListener, TrainingView } from '../training/training-view.js';
import { evaluationResponsesExport } from './evaluation-export.js';
import { EvaluationHandlers } from './evaluation-handlers.js';
import { EvaluationRepository } from './evaluation-repository.js';
import { EvaluationSender } from './evaluation-sender.js';

/** In-chat session evaluations (issue 6): the Appendix 1 form, its reminders, and its summary for officers. */
export function createEvaluationsFeature(context: FeatureContext, training: TrainingView): { module: FeatureModule; onAttended: AttendanceListener } {
  const settings = { ...context.config.evaluations, hashSecret: context.config.secrets.evaluationHash };
  const repository = new EvaluationRepository(context.containers.evaluations);
  const sender = new EvaluationSender(repository, training, context.delivery, settings, context.logger);
  const handlers = new EvaluationHandlers(repository, training, context.adminPolicy, context.exports, settings);
  return {
    module: {
      commands: [handlers.pendingCommand, handlers.summaryCommand()],
      cardActions: [handlers.submit, handlers.open, handlers.choose, handlers.summary],
      jobs: [sender.chaserJob],
      exports: [evaluationResponsesExport(repository, settings.minResponsesForFreeText)],
    },
    onAttended: (session, memberIds, now) => sender.sendForms(session, memberIds, now),
  };
}
