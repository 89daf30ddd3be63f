#!/bin/sh
cd "$(dirname "$0")/.."
node_modules/.bin/rolldown -c .prof/rolldown.config.mjs >/dev/null 2>.prof/build.err || { cat .prof/build.err; exit 1; }
