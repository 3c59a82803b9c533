// What the Node example programs share: options read by Node's own parseArgs, and failures
// told in one line on stderr — exit code 2 for bad input, 1 for a fault of the program, with
// its stack trace only when the environment variable DEBUG is set.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Bad input from the person running the program: shown in one line, exit code 2. */
export class InputError extends Error {
  /**
   * @param {string} message the line to show, without the program's name
   * @param {{ lines?: string[] }} [options] lines to show before it (one per bad row, say)
   */
  constructor(message, { lines = [] } = {}) {
    super(message);
    this.name = 'InputError';
    this.lines = lines;
  }
}

// `--profit -5000`: parseArgs refuses a value after a space when it starts with a dash.
const NEGATIVE_NUMBER = /^-[\d๐-๙.,]/;

/**
 * The options and positionals of `args` as Node's `parseArgs` reads them strictly, with its
 * errors turned into {@link InputError}s that name the option. A number with a minus sign may
 * follow its option after a space (`--profit -5000`), as people write it.
 */
function readCommandLine(args, options) {
  const takesValue = new Set(
    Object.entries(options)
      .filter(([, option]) => option.type === 'string')
      .map(([name]) => `--${name}`),
  );
  const joined = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') {
      joined.push(...args.slice(i));
      break;
    }
    if (takesValue.has(args[i]) && NEGATIVE_NUMBER.test(args[i + 1] ?? '')) {
      joined.push(`${args[i]}=${args[i + 1]}`);
      i++;
    } else joined.push(args[i]);
  }
  try {
    return parseArgs({ args: joined, options, strict: true, allowPositionals: true });
  } catch (error) {
    if (!String(error?.code).startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new InputError(`${commandLineProblem(error)} (see --help)`);
  }
}

/** parseArgs's several-sentence message, said in one line that names the option. */
function commandLineProblem(error) {
  // parseArgs quotes the option as '--out', '--out <value>' or '-h, --help'.
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  const option = quoted?.split(/[ ,]+/).find((part) => part.startsWith('--')) ?? quoted;
  if (option === undefined) return error.message.split('\n')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (/argument missing/.test(error.message)) return `${option} needs a value`;
  if (/does not take an argument/.test(error.message)) return `${option} takes no value`;
  if (/ambiguous/.test(error.message))
    return `${option} needs a value; one that starts with "-" is written ${option}=-…`;
  return error.message.split('\n')[0];
}

/** Why a file could not be read, in a few words, by the system's error code. */
const FILE_PROBLEMS = {
  ENOENT: 'there is no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'it is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Why `error` (thrown by node:fs) happened, for a person; its message for an unknown code. */
export function fileProblem(error) {
  return FILE_PROBLEMS[error?.code] ?? error.message;
}

/** The text of the UTF-8 file at `path`; an {@link InputError} naming it (as `what`) if unreadable. */
export function readTextFile(path, what = 'the file') {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (!error?.code) throw error;
    throw new InputError(`cannot read ${what} ${path}: ${fileProblem(error)}`);
  }
}

/** The JSON value in the file at `path`; an {@link InputError} naming it (`shownAs`) if not JSON. */
export function readJsonFile(path, what = 'the file', shownAs = path) {
  const text = readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${shownAs} is not valid JSON: ${error.message.split('\n')[0]}`);
  }
}

/** True when the module at `moduleUrl` is the script Node was started with. */
export function isProgram(moduleUrl) {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/**
 * Runs the program `name`: reads `args` with {@link readCommandLine} (adding `-h, --help`,
 * which prints `usage`), expects one positional argument — described by `input` in messages
 * ("the members' CSV file") — and calls `main(input, values)`, which returns the exit code.
 * An {@link InputError} is shown in one line as `name: message` (exit 2); anything else is a
 * fault of the program (exit 1), shown in one line too unless DEBUG is set, when the whole
 * error and its stack are shown.
 */
export async function runCommand(
  { name, usage, options = {}, input },
  main,
  args = process.argv.slice(2),
) {
  try {
    const { values, positionals } = readCommandLine(args, {
      ...options,
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      console.log(usage);
      process.exitCode = 0;
      return;
    }
    if (positionals.length === 0) throw new InputError(`give ${input} (see --help)`);
    if (positionals.length > 1)
      throw new InputError(
        `${positionals.length} inputs given (${positionals.join(' ')}); give only ${input}`,
      );
    process.exitCode = (await main(positionals[0], values)) ?? 0;
  } catch (error) {
    if (error instanceof InputError) {
      for (const line of error.lines) console.error(`${name}: ${line}`);
      console.error(`${name}: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    if (process.env.DEBUG) console.error(error);
    else {
      const message = String(error?.message ?? error).split('\n')[0];
      console.error(`${name}: internal error: ${message} (DEBUG=1 shows where)`);
    }
    process.exitCode = 1;
  }
}
