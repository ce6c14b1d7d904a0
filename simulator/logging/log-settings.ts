/** `silent` prints nothing, `info` one line per request and per webhook attempt, `debug` adds details. */
export type LogLevel = 'silent' | 'info' | 'debug';
/** `text` for a person at a terminal, `json` (one object a line) for CI log collectors. */
export type LogFormat = 'text' | 'json';

export const LOG_LEVELS: readonly LogLevel[] = ['silent', 'info', 'debug'];
export const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];

export interface LogSettings {
  readonly level: LogLevel;
  readonly format: LogFormat;
  /** Where each finished line goes (default: stdout). */
  readonly write: (line: string) => void;
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

export function isLogFormat(value: string): value is LogFormat {
  return (LOG_FORMATS as readonly string[]).includes(value);
}

export const writeToStdout = (line: string): void => void process.stdout.write(`${line}\n`);
