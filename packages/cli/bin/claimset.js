#!/usr/bin/env node
// A committed launcher, so package managers can link the `claimset` binary
// before the TypeScript build has written dist/ (as in a fresh workspace).
import "../dist/bin.js";
