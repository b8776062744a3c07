import { mintToken } from './auth.js';
import { TOKEN_USAGE, tokenRequest } from './token-options.js';

/** `npm run token -- --role school --school-id sch_1`: prints a bearer token for the demo catalogue. */
try {
  const request = tokenRequest(process.argv.slice(2));
  if (request.help) console.log(TOKEN_USAGE);
  else console.log(await mintToken(request.subject, request.claims, request.expires));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${TOKEN_USAGE}`);
  process.exitCode = 2;
}
