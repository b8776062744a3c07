import { post, runLoad } from './load.js';

/** Books seats through the gateway as many schools at once, each request a new (session, school) pair. */
const { gateway, sessions, schools, clients, seconds } = JSON.parse(process.argv[2]!) as {
  gateway: string; sessions: string[]; schools: { id: string; token: string }[]; clients: number; seconds: number;
};

const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id status } userErrors { code message } } }`;
let next = 0;

const result = await runLoad(async () => {
  const index = next++;
  if (index >= sessions.length * schools.length) throw new Error('Ran out of (session, school) pairs; schedule more sessions.');
  const session = sessions[index % sessions.length]!;
  const school = schools[Math.floor(index / sessions.length)]!;
  const data = await post(gateway, REQUEST, { input: { sessionId: session, schoolId: school.id, students: 6, teachers: 1 } }, { authorization: `Bearer ${school.token}` });
  if (data.requestBooking.userErrors.length > 0) throw new Error(data.requestBooking.userErrors[0].message);
}, clients, seconds);
process.stdout.write(JSON.stringify(result));
