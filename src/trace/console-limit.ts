/** Console lines kept per run: an endless print loop must not grow the page without bound. */
export const MAX_CONSOLE_LINES = 5000;
