/** The containers of DESIGN.md, with their partition keys. Created idempotently at start-up. */
export const containerDefinitions = {
  members: '/tenantId',
  sessions: '/tenantId',
  attendance: '/tenantId',
  evaluations: '/sessionId',
  briefings: '/tenantId',
  deliveries: '/campaignId',
  answers: '/tenantId',
  leases: '/id',
} as const;

export type ContainerName = keyof typeof containerDefinitions;

export const containerNames = Object.keys(containerDefinitions) as ContainerName[];
