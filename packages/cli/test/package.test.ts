import * as cli from '@tinhgon/cli';
import { describe, expect, it } from 'vitest';

// The public surface of @tinhgon/cli: a change here is a change of API.
describe('@tinhgon/cli', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(cli).sort()).toMatchInlineSnapshot(`
      [
        "BODY_COLUMNS",
        "COMMANDS",
        "COMMAND_HELP",
        "CliInputError",
        "EXIT",
        "UNIT_COLUMNS",
        "commandHelp",
        "importTables",
        "main",
        "mainHelp",
        "nodeIo",
        "parseCommandLine",
        "parseCsv",
      ]
    `);
  });
});
