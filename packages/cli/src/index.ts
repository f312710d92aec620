// @tinhgon/cli: the command line as a library, re-exported by name. A test pins this list.

export type { Options, ParsedArgs } from './args.js';
export { parseCommandLine } from './args.js';
export type { Table } from './csv.js';
export { parseCsv } from './csv.js';
export { CliInputError, EXIT } from './errors.js';
export type { Example } from './help.js';
export { COMMAND_HELP, COMMANDS, commandHelp, mainHelp } from './help.js';
export type { ImportError } from './import-table.js';
export { BODY_COLUMNS, importTables, UNIT_COLUMNS } from './import-table.js';
export type { Io } from './io.js';
export { nodeIo } from './io.js';
export { main } from './main.js';
