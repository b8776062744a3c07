import { parseArgs } from 'node:util';
import { mintToken, type KepuClaims } from './auth.js';

/** `npm run token -- --role school --school-id sch_1`: prints a bearer token for the demo catalogue. */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    'school-id': { type: 'string' },
    'venue-id': { type: 'string' },
    'expert-id': { type: 'string' },
    district: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const roles = ['school', 'venue', 'expert', 'district', 'admin'];
if (!values.role || !roles.includes(values.role)) {
  console.error(`Usage: npm run token -- --role <${roles.join('|')}> [--school-id sch_1] [--venue-id ven_1] [--expert-id exp_1] [--district Haidian]`);
  process.exit(2);
}

const claims: KepuClaims = {
  role: values.role as KepuClaims['role'],
  ...(values['school-id'] && { schoolId: values['school-id'] }),
  ...(values['venue-id'] && { venueId: values['venue-id'] }),
  ...(values['expert-id'] && { expertId: values['expert-id'] }),
  ...(values.district && { district: values.district }),
};
console.log(await mintToken(values.subject ?? `demo-${values.role}`, claims, values.expires));
