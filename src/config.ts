import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim().length > 0 ? value.trim() : undefined));

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

// ── Training sessions (issue 5): the council term, refreshers, reminders and nudges ──────────────
/** A reminder sent this long before a session starts: "7d", "1d", "1h", "30m". */
export interface ReminderOffset {
  readonly label: string;
  readonly minutes: number;
}

const offsetUnitMinutes = { m: 1, h: 60, d: 24 * 60 } as const;

/** "7d,1d" → offsets, largest first; "none" → no reminders. */
const reminderOffsets = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.replace(/\s+/g, '').toLowerCase() : fallback))
    .pipe(z.string().regex(/^(none|[1-9]\d{0,3}[mhd](,[1-9]\d{0,3}[mhd])*)$/, 'must be a list like 7d,1d,1h (or none)'))
    .transform((value): ReminderOffset[] =>
      value === 'none'
        ? []
        : [...new Set(value.split(','))]
            .map((label) => ({ label, minutes: Number(label.slice(0, -1)) * offsetUnitMinutes[label.slice(-1) as keyof typeof offsetUnitMinutes] }))
            .sort((a, b) => b.minutes - a.minutes),
    );

const trainingEnvironment = {
  /** The day the current council term began (the last local elections), YYYY-MM-DD. */
  TRAINING_TERM_START: z.iso.date().default('2026-05-07'),
  TRAINING_REFRESHER_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  TRAINING_REMINDER_OFFSETS: reminderOffsets('7d,1d'),
  TRAINING_ONLINE_REMINDER_OFFSETS: reminderOffsets('1h'),
  TRAINING_NUDGE_INTERVAL_MONTHS: z.coerce.number().int().min(1).max(24).default(1),
};

export interface TrainingSettings {
  /** YYYY-MM-DD, a day in Europe/London. */
  readonly termStart: string;
  readonly refresherMonths: number;
  readonly reminderOffsets: readonly ReminderOffset[];
  /** Sent as well for sessions held online (with a meeting link). */
  readonly onlineReminderOffsets: readonly ReminderOffset[];
  readonly nudgeIntervalMonths: number;
}

function trainingSettingsOf(env: Environment): TrainingSettings {
  return {
    termStart: env.TRAINING_TERM_START,
    refresherMonths: env.TRAINING_REFRESHER_MONTHS,
    reminderOffsets: env.TRAINING_REMINDER_OFFSETS,
    onlineReminderOffsets: env.TRAINING_ONLINE_REMINDER_OFFSETS,
    nudgeIntervalMonths: env.TRAINING_NUDGE_INTERVAL_MONTHS,
  };
}
// ── end of training ────────────────────────────────────────────────────────────────────────────

/** Every environment variable the process reads, with its local default. */
export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalText,
    ALLOWED_TENANT_IDS: commaList,
    ADMIN_AAD_OBJECT_IDS: commaList,
    COSMOS_ENDPOINT: z.url().optional(),
    COSMOS_KEY: optionalText,
    COSMOS_DATABASE: z.string().min(1).default('corporate-parenting'),
    MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
    MAX_QUESTION_CHARS: z.coerce.number().int().min(50).default(1000),
    // Agents Playground shows a message with citations or quick replies as raw markdown; `npm run playground` uses 'playground'.
    ANSWER_FORMAT: z.enum(['teams', 'playground']).default('teams'),
    BOT_DOMAIN: optionalText,
    PUBLIC_BASE_URL: z.url().optional(),
    EXPORT_LINK_SECRET: optionalText,
    EVALUATION_HASH_SECRET: optionalText,
    TEAMS_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(50),
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    ...trainingEnvironment,
    // Session evaluations (issue 6): how long the form stays open, when non-responders are chased, when free text is shown.
    EVALUATION_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    EVALUATION_CHASER_AFTER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
    EVALUATION_MIN_RESPONSES_FOR_FREE_TEXT: z.coerce.number().int().min(1).max(100).default(3),
    EVALUATION_FREE_TEXT_MAX_CHARS: z.coerce.number().int().min(100).max(10_000).default(2000),
    // The fortnightly member briefing: no anchor date, no automatic cycle (officers can still draft and send).
    BRIEFING_ANCHOR_DATE: z.union([z.literal(''), z.iso.date()]).optional().transform((value) => value || undefined),
    BRIEFING_SEND_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:mm').default('09:00'),
    BRIEFING_REVIEW_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(3),
    BRIEFING_BANK_HOLIDAYS: commaList.pipe(z.array(z.iso.date())),
    // The team (e.g. the Corporate Parenting Board's) whose channel also gets each briefing, once the bot is installed there.
    BRIEFING_TEAM_ID: optionalText,
  })
  .superRefine((env, ctx) => {
    const missing = (name: string, why: string) =>
      ctx.addIssue({ code: 'custom', path: [name], message: `is required ${why}` });

    if (env.NODE_ENV === 'production') {
      const why = 'in production (Bot Framework credentials and Cosmos DB must be configured)';
      if (!env.MicrosoftAppId) missing('MicrosoftAppId', why);
      if (!env.MicrosoftAppType) missing('MicrosoftAppType', why);
      if (!env.MicrosoftAppTenantId) missing('MicrosoftAppTenantId', why);
      if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
        missing('MicrosoftAppPassword', `${why}, unless MicrosoftAppType is UserAssignedMSI`);
      }
      if (!env.COSMOS_ENDPOINT) missing('COSMOS_ENDPOINT', why);
      if (!env.EXPORT_LINK_SECRET) missing('EXPORT_LINK_SECRET', 'in production (it signs CSV download links)');
      if (!env.EVALUATION_HASH_SECRET) missing('EVALUATION_HASH_SECRET', 'in production (it keeps evaluation responses pseudonymous)');
      if (!env.PUBLIC_BASE_URL) missing('PUBLIC_BASE_URL', 'in production (the https address of the bot, for download links)');
    }
    if (!env.MicrosoftAppId && !loopbackHosts.has(env.HOST)) {
      missing('MicrosoftAppId', `when HOST is not a loopback address (unauthenticated traffic is served only on loopback)`);
    }
    if (env.COSMOS_ENDPOINT && !env.COSMOS_KEY) {
      missing('COSMOS_KEY', 'when COSMOS_ENDPOINT is set');
    }
    if (env.COSMOS_ENDPOINT && env.NODE_ENV !== 'production' && !env.EVALUATION_HASH_SECRET) {
      missing('EVALUATION_HASH_SECRET', 'when COSMOS_ENDPOINT is set (stored evaluation keys must stay stable across restarts)');
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  readonly environment: Environment['NODE_ENV'];
  readonly host: string;
  readonly port: number;
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly bot: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly appType?: Environment['MicrosoftAppType'];
    readonly tenantId?: string;
  };
  readonly allowedTenantIds: readonly string[];
  readonly adminAadObjectIds: readonly string[];
  readonly cosmos: { readonly endpoint?: string; readonly key?: string; readonly database: string };
  readonly limits: { readonly maxRequestBytes: number; readonly maxQuestionChars: number };
  /**
   * 'teams': one message per answer, with Teams citations and the follow-up questions as quick replies.
   * 'playground': no citations, follow-ups in a message of their own (Agents Playground renders markdown then).
   */
  readonly answerFormat: 'teams' | 'playground';
  readonly botDomain?: string;
  /** Teams' limit for bot messages per second per app per tenant, and sends in flight per instance. */
  /** Secrets that, outside production, are made up per process when not set. */
  readonly secrets: { readonly exportLinks: string; readonly evaluationHash: string };
  /** Where people reach the bot's HTTP server (download links); unset locally: the address it listens on. */
  readonly publicBaseUrl?: string;
  readonly delivery: { readonly messagesPerSecond: number; readonly concurrency: number };
  readonly training: TrainingSettings;
  /** Session evaluations: the form's window, the first chaser, the free-text threshold and length limit. */
  readonly evaluations: {
    readonly windowDays: number;
    readonly chaserAfterDays: number;
    readonly minResponsesForFreeText: number;
    readonly freeTextMaxChars: number;
  };
  /** The fortnightly member briefing: first issue date and send time (Europe/London), review lead, bank holidays. */
  readonly briefing: {
    readonly anchorDate?: string;
    readonly sendTime: string;
    readonly reviewWorkingDays: number;
    readonly bankHolidays: readonly string[];
    /** The team whose channel also gets each briefing. */
    readonly teamId?: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`),
    );
  }
  const env = parsed.data;
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    bot: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      appType: env.MicrosoftAppType,
      tenantId: env.MicrosoftAppTenantId,
    },
    allowedTenantIds: env.ALLOWED_TENANT_IDS,
    adminAadObjectIds: env.ADMIN_AAD_OBJECT_IDS,
    cosmos: { endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, database: env.COSMOS_DATABASE },
    limits: { maxRequestBytes: env.MAX_REQUEST_BYTES, maxQuestionChars: env.MAX_QUESTION_CHARS },
    answerFormat: env.ANSWER_FORMAT,
    botDomain: env.BOT_DOMAIN,
    secrets: {
      exportLinks: env.EXPORT_LINK_SECRET ?? randomBytes(32).toString('base64url'),
      evaluationHash: env.EVALUATION_HASH_SECRET ?? randomBytes(32).toString('base64url'),
    },
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/$/, ''),
    delivery: { messagesPerSecond: env.TEAMS_MESSAGES_PER_SECOND, concurrency: env.DELIVERY_CONCURRENCY },
    training: trainingSettingsOf(env),
    evaluations: {
      windowDays: env.EVALUATION_WINDOW_DAYS,
      chaserAfterDays: env.EVALUATION_CHASER_AFTER_DAYS,
      minResponsesForFreeText: env.EVALUATION_MIN_RESPONSES_FOR_FREE_TEXT,
      freeTextMaxChars: env.EVALUATION_FREE_TEXT_MAX_CHARS,
    },
    briefing: {
      anchorDate: env.BRIEFING_ANCHOR_DATE,
      sendTime: env.BRIEFING_SEND_TIME,
      reviewWorkingDays: env.BRIEFING_REVIEW_WORKING_DAYS,
      bankHolidays: env.BRIEFING_BANK_HOLIDAYS,
      teamId: env.BRIEFING_TEAM_ID,
    },
  };
}
