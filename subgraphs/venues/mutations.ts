import type { ComplianceStatus } from '../../kit/platform/vocabulary.js';
import { withChanges } from '../../kit/graphql/input-rules.js';
import { failed, notFound, succeeded, validate, type Outcome } from '../../kit/graphql/payloads.js';
import { changeOwned, type OwnedRecord } from '../../kit/graphql/ownership.js';
import { requireRole } from '../../kit/graphql/permissions.js';
import { changePublication, type PublicationAction } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { CreateVenueInput, UpdateVenueInput } from './generated.js';
import { clearableVenueFields, complianceReason, mayManageVenue, newVenue, venueDraft, venueInput, venueValues, type VenueInput } from './rules.js';
import type { VenueStore, VenueWrites } from './store.js';
import type { VenueRow } from './rows.js';

interface Caller {
  viewer: Viewer;
  store: VenueStore;
}

export async function createVenue({ viewer, store }: Caller, input: CreateVenueInput): Promise<Outcome<VenueRow>> {
  requireRole(viewer, ['admin']);
  const checked = validate(venueInput, withChanges(newVenue as VenueInput, input, clearableVenueFields));
  if (!checked.ok) return failed(...checked.userErrors);
  return store.write(async (writes) => {
    const venue = await writes.insertVenue(venueValues(checked.value));
    await writes.venueChanged(venue.id);
    return succeeded(venue);
  });
}

export function updateVenue(caller: Caller, id: number, input: UpdateVenueInput): Promise<Outcome<VenueRow>> {
  return changeManagedVenue(caller, id, async (venue, writes) => {
    const checked = validate(venueInput, withChanges(venueDraft(venue), input, clearableVenueFields));
    if (!checked.ok) return failed(...checked.userErrors);
    const updated = await writes.updateVenue(venue.id, venueValues(checked.value));
    await writes.venueChanged(venue.id);
    return succeeded(updated);
  });
}

export function changeVenuePublication(caller: Caller, id: number, action: PublicationAction): Promise<Outcome<VenueRow>> {
  return changeManagedVenue(caller, id, (venue, writes) => changePublication(venue, action, async (status) => {
    const updated = await writes.updateVenue(venue.id, { status });
    await writes.venueChanged(venue.id);
    return updated;
  }));
}

export interface ComplianceDecisionInput {
  venueId: number;
  status: ComplianceStatus;
  reason: string;
  notice?: string | null;
}

/** Appends the decision to the venue's history and makes it the current status, in one transaction. */
export async function setComplianceStatus({ viewer, store }: Caller, decision: ComplianceDecisionInput): Promise<Outcome<VenueRow>> {
  requireRole(viewer, ['admin']);
  const reason = validate(complianceReason, decision.reason, ['reason']);
  if (!reason.ok) return failed(...reason.userErrors);
  return store.write(async (writes) => {
    const venue = await writes.lockVenue(decision.venueId);
    if (!venue) return failed(notFound('venue', ['venueId']));
    await writes.appendComplianceRecord({
      venueId: venue.id,
      status: decision.status,
      reason: reason.value,
      notice: decision.notice?.trim() || null,
      recordedBy: viewer.subject ?? 'admin',
    });
    const updated = await writes.updateVenue(venue.id, { complianceStatus: decision.status });
    await writes.venueChanged(venue.id);
    return succeeded(updated);
  });
}

const managedVenue: OwnedRecord<VenueWrites, VenueRow> = {
  name: 'venue',
  roles: ['venue', 'admin'],
  lock: (writes, id) => writes.lockVenue(id),
  mayChange: (viewer, venue) => mayManageVenue(viewer, venue.id),
  refusal: 'Only this venue\'s manager or an admin can change it.',
};

function changeManagedVenue(
  { viewer, store }: Caller,
  id: number,
  change: (venue: VenueRow, writes: VenueWrites) => Promise<Outcome<VenueRow>>,
): Promise<Outcome<VenueRow>> {
  return changeOwned(viewer, store.write, managedVenue, id, change);
}
