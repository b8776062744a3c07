import { generateAlliances } from './alliances.js';
import { generateBookings } from './bookings.js';
import { generateExperts } from './experts.js';
import { generateInspections, generateListBatches, generateNotices, generateTargets, keepSeats } from './oversight.js';
import { generatePairings } from './pairings.js';
import { loadPlaces } from './places.js';
import { generateProgrammes } from './programmes.js';
import { Random } from './random.js';
import type { Catalogue } from './rows.js';
import { generateSchools } from './schools.js';
import { generateSessions } from './sessions.js';
import { generateTalks } from './talks.js';
import { generateVenues, indexVenues } from './venues.js';
import { generatePastVisits } from './visits.js';

export type { Catalogue } from './rows.js';

export interface CatalogueOptions {
  /** Multiplies every count; the real venues are always there. */
  scale?: number;
  seed?: number;
  /** Sessions fall on the 90 days after this; pass the start of today. */
  now?: Date;
}

/** Midnight starting 25 November 2026 in Asia/Shanghai, so the catalogue is the same whenever it is generated. */
const DEFAULT_NOW = new Date('2026-11-24T16:00:00.000Z');

/** Counts at scale 1. */
const baseCounts = { venues: 200, alliances: 8, programmes: 600, experts: 150, talks: 300, schools: 300, sessions: 2000 };

/**
 * The demo catalogue: rows for every table with their ids, the same for the same options on any
 * machine. Each part draws from its own random stream, so changing one part leaves the others be.
 */
export function generateCatalogue({ scale = 1, seed = 20261125, now = DEFAULT_NOW }: CatalogueOptions = {}): Catalogue {
  const count = (base: number) => Math.max(1, Math.round(base * scale));
  const random = new Random(seed);
  const places = loadPlaces();
  const venues = generateVenues(random.derive('venues'), places, count(baseCounts.venues), now);
  const venueIndex = indexVenues(venues.facts);
  const alliances = generateAlliances(random.derive('alliances'), places, venueIndex, count(baseCounts.alliances), now);
  const programmes = generateProgrammes(random.derive('programmes'), venueIndex, count(baseCounts.programmes));
  const experts = generateExperts(random.derive('experts'), venueIndex, count(baseCounts.experts));
  const talks = generateTalks(random.derive('talks'), experts.facts, count(baseCounts.talks));
  const universities = venues.facts.filter((venue) => venue.kind === 'UNIVERSITY');
  const schools = generateSchools(random.derive('schools'), places, universities, count(baseCounts.schools));
  const sessions = generateSessions(random.derive('sessions'), programmes.facts, talks.facts, count(baseCounts.sessions), now);
  const bookings = generateBookings(random.derive('bookings'), sessions, schools.facts, now);
  const visits = generatePastVisits(random.derive('visits'), schools, programmes.facts, talks.facts, now, {
    session: sessions.length + 1, booking: bookings.bookings.length + 1, event: bookings.bookingEvents.length + 1,
  });
  const inspections = generateInspections(venues.rows, schools.rows, now);
  return {
    venues: venues.rows,
    alliances: alliances.alliances,
    allianceMembers: alliances.allianceMembers,
    complianceRecords: venues.complianceRecords,
    rectificationNotices: generateNotices(random.derive('notices'), venues.complianceRecords),
    listBatches: generateListBatches(venues.rows, now),
    inspections: inspections.inspections,
    inspectionFindings: inspections.findings,
    programmes: programmes.rows,
    routeStops: programmes.routeStops,
    curriculumLinks: programmes.curriculumLinks,
    experts: experts.rows,
    talks: talks.rows,
    schools: schools.rows,
    sessions: keepSeats([...sessions.map((session) => session.row), ...visits.sessions], bookings.bookings, schools.rows, now),
    bookings: [...bookings.bookings, ...visits.bookings],
    bookingEvents: [...bookings.bookingEvents, ...visits.bookingEvents],
    pairings: generatePairings(random.derive('pairings'), schools.facts, venueIndex, experts.facts, now),
    coverageTargets: generateTargets(schools.rows, now),
  };
}
