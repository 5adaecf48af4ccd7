/** Status code of an error thrown by @azure/cosmos, if it carries one. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'number') return code;
  }
  return undefined;
}

export const isConflict = (error: unknown) => cosmosStatus(error) === 409;
export const isPreconditionFailed = (error: unknown) => cosmosStatus(error) === 412;
export const isNotFound = (error: unknown) => cosmosStatus(error) === 404;
