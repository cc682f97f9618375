// Pure and tiny on purpose: the page's live watch imports it without the VM.

/** multiprocessing's names for a process killed by a signal (process.py's _exitcode_to_name). */
const SIGNAL_NAMES = ['', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM'];

/** An exit code as a Process's repr prints it: `0`, `1`, `-SIGTERM`. */
export function exitcodeWord(code: number): string {
  const name = code < 0 ? SIGNAL_NAMES[-code] : undefined;
  return name ? `-${name}` : String(code);
}
