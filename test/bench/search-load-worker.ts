import { post, runLoad } from './load.js';
import { searchOperation, searchVariables, type SearchMix } from './search-queries.js';

/** Runs search load in a process of its own, so that the load does not share the server's event loop. */
const { url, mix, clients, seconds, firstTurn } = JSON.parse(process.argv[2]!) as { url: string; mix: SearchMix; clients: number; seconds: number; firstTurn: number };
let turn = firstTurn;
const result = await runLoad(() => post(url, searchOperation, searchVariables(mix, turn++)), clients, seconds);
process.stdout.write(JSON.stringify(result));
