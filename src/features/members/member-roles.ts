import type { MemberRole } from '../answers/article.js';

/** How each role is named to members, in the order the settings card lists them. */
export const roleTitles: Readonly<Record<MemberRole, string>> = {
  ward: 'Ward councillor',
  scrutiny: 'Scrutiny member',
  board: 'Corporate Parenting Board / Panel member',
  'lead-member': "Lead Member for children's services",
  cabinet: 'Cabinet (executive) member',
  officer: 'Officer',
};
