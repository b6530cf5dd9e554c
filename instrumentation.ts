/** Runs once when a server starts, before it answers any request. */
export async function register() {
  // Only the Node.js server has a file system, a database and a configuration to check.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { runStartupChecks } = await import('@/lib/runtime/startup');
    await runStartupChecks();
  }
}
