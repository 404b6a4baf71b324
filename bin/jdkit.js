#!/usr/bin/env node
// The installed `jdkit` command: runs the bundled CLI (built by `npm run bundle`).
require('../dist/cli.js').runCli();
