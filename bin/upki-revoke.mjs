#!/usr/bin/env node
// The `upki-revoke` command (spec/cli.md). The bundle is made by `npm install` (prepare).
import { main } from '../build/cli.mjs';

process.exitCode = await main(process.argv.slice(2));
