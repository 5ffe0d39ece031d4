#!/bin/sh
# Creates a migration for one backend from the difference between its migrations and the models.
# usage: DB_PROVIDER=sqlite|postgresql scripts/new-migration.sh <name>
# (prisma migrate dev does not work on the WASM engines; see the README, "Database layout")
set -e
p=${DB_PROVIDER:-sqlite}; tmp=$(mktemp)
if [ "$p" = postgresql ]; then export DATABASE_URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}; else export DATABASE_URL=${DATABASE_URL:-file:./data/migration-scratch.db}; fi
DB_PROVIDER=$p npx prisma migrate diff --from-migrations "prisma/$p/migrations" --to-schema-datamodel "prisma/$p" --script -o "$tmp"
# The full-text search objects are hand-written SQL that Prisma's models cannot describe (FTS5
# tables on SQLite): drop the statements that would remove them.
node -e '
  const fs = require("fs"); const f = process.argv[1];
  const blocks = fs.readFileSync(f, "utf8").split(/\n\s*\n/).filter((b) => !/"search_fts/.test(b));
  fs.writeFileSync(f, blocks.join("\n\n").trim() ? blocks.join("\n\n") + "\n" : "-- This is an empty migration.\n");
' "$tmp"
if grep -q '^-- This is an empty migration' "$tmp"; then echo "no changes"; rm -f "$tmp"; exit 0; fi
d="prisma/$p/migrations/$(date -u +%Y%m%d%H%M%S)_$1"; mkdir -p "$d"; mv "$tmp" "$d/migration.sql"; echo "created $d/migration.sql"
