/**
 * Ends a script quietly when whatever reads its output stops reading (`npm run ask -- --json < questions.txt | head`),
 * instead of crashing on the broken pipe.
 */
export function stopWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
