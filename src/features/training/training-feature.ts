import type { FeatureModule } from '../../platform/bot/feature-module.js';
import type { FeatureContext } from '../feature-context.js';
import { AttendanceRepository } from './attendance-repository.js';
import { AttendanceWorkflow } from './attendance-workflow.js';
import { complianceExport } from './compliance-export.js';
import { CouncillorHandlers } from './councillor-handlers.js';
import { ImportWorkflow } from './import-workflow.js';
import { OfficerHandlers } from './officer-handlers.js';
import { PlacesRepository } from './places-repository.js';
import { ProfileRepository } from './profile-repository.js';
import { SessionRepository } from './session-repository.js';
import { SessionWorkflow } from './session-workflow.js';
import { TrainingData } from './training-data.js';
import { trainingJobs } from './training-jobs.js';
import { createTrainingView } from './training-read-model.js';
import type { AttendanceListener, TrainingView } from './training-view.js';

/**
 * Training sessions: invitations, RSVP, reminders, nudges, attendance and the compliance report.
 * `attendanceListeners` is read when attendance is recorded, so listeners added after this call are told too.
 */
export function createTrainingFeature(context: FeatureContext, attendanceListeners: readonly AttendanceListener[]): { module: FeatureModule; view: TrainingView } {
  const { config, containers, delivery, logger } = context;
  const settings = config.training;
  const attendanceRecords = new AttendanceRepository(containers.attendance);
  const data = new TrainingData(
    new SessionRepository(containers.sessions),
    attendanceRecords,
    new PlacesRepository(containers.attendance, attendanceRecords),
    new ProfileRepository(containers.attendance),
    context.members,
    config.adminAadObjectIds,
  );
  const attendance = new AttendanceWorkflow(data, attendanceListeners, logger);
  const sessions = new SessionWorkflow(data, delivery);
  const officer = new OfficerHandlers({
    data,
    sessions,
    attendance,
    imports: new ImportWorkflow(data, attendance),
    delivery,
    exports: context.exports,
    adminPolicy: context.adminPolicy,
    settings,
  });
  const councillor = new CouncillorHandlers(data, settings);
  return {
    module: {
      commands: [councillor.trainingCommand, ...officer.commands()],
      cardActions: [councillor.rsvp, ...officer.cardActions()],
      jobs: trainingJobs({ data, delivery, attendance, sessions, settings }),
      exports: [complianceExport(data, settings, context.clock)],
    },
    view: createTrainingView(data, settings),
  };
}
