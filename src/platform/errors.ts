/**
 * The one application error type. `userMessage` is what the person in Teams reads;
 * errors without one are ours: logged, and the person gets a plain apology.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly userMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  static user(userMessage: string): AppError {
    return new AppError(userMessage, userMessage);
  }
}

export const apologyText =
  "Sorry, something went wrong on our side and I couldn't finish that. Nothing you sent was lost — please try again in a minute.";

export function userMessageOf(error: unknown): string {
  return error instanceof AppError && error.userMessage ? error.userMessage : apologyText;
}
