import { post, runLoad } from './load.js';

/** Posts one operation over and over from a process of its own, as `clients` concurrent callers. */
const { url, query, headers, clients, seconds } = JSON.parse(process.argv[2]!) as {
  url: string; query: string; headers: Record<string, string>; clients: number; seconds: number;
};
const result = await runLoad(() => post(url, query, undefined, headers), clients, seconds);
process.stdout.write(JSON.stringify(result));
