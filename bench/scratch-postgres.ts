import pg from 'pg';

/** Runs `use` with the URL of a new, empty PostgreSQL database, dropped again afterwards. */
export async function withScratchDatabase<T>(
  adminUrl: string,
  name: string,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await use(url.toString());
  } finally {
    // pg's pool.end() resolves once it has asked its connections to close, not once they are
    // gone: wait for them, or dropping with force kills them mid-close and the pool throws.
    for (let tries = 0; tries < 50; tries += 1) {
      const { rows } = await admin.query<{ open: number }>(
        'select count(*)::int as open from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]!.open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
