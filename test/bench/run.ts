import { benchBooking } from './booking.js';
import { benchCost } from './cost.js';
import { benchDistrict } from './district.js';
import { benchAuth } from './auth.js';
import { benchGateway } from './gateway.js';
import { benchPeers } from './peers.js';
import { benchSearch } from './search.js';
import { benchSearchStartup } from './search-startup.js';
import { benchWeb } from './web.js';

/** `npm run bench [name…]`: every benchmark, or the ones named. */
const benches: Record<string, () => Promise<void>> = {
  gateway: benchGateway,
  peers: benchPeers,
  auth: benchAuth,
  search: benchSearch,
  'search-startup': benchSearchStartup,
  booking: benchBooking,
  cost: benchCost,
  district: benchDistrict,
  web: benchWeb,
};

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(benches);
for (const name of chosen) {
  const bench = benches[name];
  if (!bench) throw new Error(`No benchmark called ${name}; there are: ${Object.keys(benches).join(', ')}.`);
  await bench();
}
