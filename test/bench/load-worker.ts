import { setInternalSecret } from '../../kit/platform/identity.js';
import { runRoute, type Endpoints, type Route } from './catalogue-scenarios.js';
import { runLoad } from './load.js';

/** Runs in a process of its own so that the load does not share the server's event loop. */
const { endpoints, scenario, route, clients, seconds, internalSecret } = JSON.parse(process.argv[2]!) as {
  endpoints: Endpoints; scenario: string; route: Route; clients: number; seconds: number; internalSecret: string;
};
setInternalSecret(internalSecret);
const result = await runLoad(() => runRoute(scenario, route, endpoints), clients, seconds);
process.stdout.write(JSON.stringify(result));
