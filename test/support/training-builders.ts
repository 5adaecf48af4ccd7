import type { Councillor } from '../../src/features/training/councillors.js';

/** A councillor as the training decisions see one: a ward councillor with the app and nudges on. */
export const councillor = (memberId: string, fields: Partial<Councillor> = {}): Councillor => ({
  memberId,
  name: memberId,
  roles: ['ward'],
  installed: true,
  trainingNudges: true,
  ...fields,
});
