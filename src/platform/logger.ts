import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Personal data and secrets are redacted wherever they could appear:
 * message text, names, conversation references, card submissions and credentials.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'text',
          'name',
          'email',
          'value',
          'conversationReference',
          'password',
          'key',
          '*.text',
          '*.name',
          '*.value',
          '*.password',
          '*.key',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
