#!/usr/bin/env node
/**
 * The newsgraph command line: a small registry of commands, one file each. A new command is one
 * file in src/cli/ plus one line in COMMANDS.
 */
import { Command, type CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './exit-codes.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerEntity } from './entity.js';
import { registerQuotes } from './quotes.js';
import { registerTimeline } from './timeline.js';
import { registerPlaces } from './places.js';
import { registerNetwork } from './network.js';
import { registerSynth } from './synth.js';
import { registerServe } from './serve.js';

/** Each entry adds one command to the program. */
const COMMANDS: readonly ((program: Command) => void)[] = [
  registerExtract,
  registerIngest,
  registerSearch,
  registerEntity,
  registerQuotes,
  registerTimeline,
  registerPlaces,
  registerNetwork,
  registerExport,
  registerSynth,
  registerServe,
];

function exitOnCommanderError(error: CommanderError): never {
  // Help and --version exit 0; every other commander error is a usage error.
  process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
}

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Turn raw news into structured, verifiable article records.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride(exitOnCommanderError);
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newsgraph: error: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`newsgraph: ${message}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}

await main();
