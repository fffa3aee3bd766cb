import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * A command's arguments, read with node's parseArgs (strict). `--help` or `-h` prints the usage and
 * exits 0. An unknown option, an option without its value or an argument too many prints what is wrong
 * and the usage on stderr and exits 2, instead of a stack trace or a guess.
 */
export function commandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: O,
  positionals: { max: number } = { max: 0 },
) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    const extra = parsed.positionals.slice(positionals.max);
    if (extra.length > 0)
      throw new Error(`unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')}`);
    return parsed;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    // Node's own text for an unknown option suggests passing it as a positional argument.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(message)?.[1] : undefined;
    console.error(`${unknown ? `unknown option ${unknown}` : message}\n\n${usage}`);
    process.exit(2);
  }
}
