// Drops the PostgreSQL databases test processes created (templates and per-file databases) once
// their process has gone, so repeated runs do not fill the server.
import pg from "pg";

async function dropStale(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url?.startsWith("postgres")) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^diplograph_(tpl|test)_[0-9]+_'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      let alive = true;
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (!alive) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

export async function setup(): Promise<void> {
  await dropStale();
}

export async function teardown(): Promise<void> {
  await dropStale();
}
