import type { ComplianceStatus } from '../../kit/platform/vocabulary.js';
import { withChanges } from '../../kit/graphql/input-rules.js';
import { failed, notFound, succeeded, validate, type Outcome } from '../../kit/graphql/payloads.js';
import { changeOwned, type OwnedRecord } from '../../kit/graphql/ownership.js';
import { requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import { changePublication, type PublicationAction } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import { userError, type UserError } from '../../kit/graphql/errors.js';
import type { ComplianceList, CreateAllianceInput, CreateVenueInput, PublishComplianceListInput, UpdateVenueInput } from './generated.js';
import {
  allianceInput, clearableVenueFields, closingNote, managesAlliance, complianceReason, deciderOf, listTitle, mayManageVenue, newVenue, noticeReason, overseesVenue, venueDraft, venueInput,
  venueValues, type VenueInput,
} from './rules.js';
import type { VenueStore, VenueWrites } from './store.js';
import type { AllianceRow, ListBatchRow, NoticeRow, VenueRow } from './rows.js';

export interface Caller {
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

export const OVERSIGHT = ['district', 'admin'] as const;

/** Opens a notice and puts the venue under rectification (a suspended venue stays suspended), in one transaction. */
export async function issueRectificationNotice({ viewer, store }: Caller, input: NoticeInput & { venueId: number }, now: Date): Promise<Outcome<NoticeRow>> {
  requireRole(viewer, OVERSIGHT);
  const checked = checkNotice(input, now, ['input']);
  if (!checked.ok) return failed(...checked.userErrors);
  return store.write(async (writes) => {
    const venue = await writes.lockVenue(input.venueId);
    if (!venue) return failed(notFound('venue', ['input', 'venueId']));
    requireOwnership(overseesVenue(viewer, venue), 'A district account issues notices to venues in its own district only.');
    return openNotice(writes, viewer, venue, checked.value, ['input', 'venueId']);
  });
}

export interface NoticeInput {
  reason: string;
  deadline: Date;
  reference?: string | null;
}

/** A notice's reason and deadline as given at `root`: a reason, and a deadline after `now`. */
export function checkNotice(input: NoticeInput, now: Date, root: string[]): { ok: true; value: NoticeInput } | { ok: false; userErrors: UserError[] } {
  const reason = validate(noticeReason, input.reason, [...root, 'reason']);
  if (!reason.ok) return reason;
  if (input.deadline.getTime() <= now.getTime()) return { ok: false, userErrors: [userError('DEADLINE_IN_PAST', 'Give the venue a deadline in the future.', [...root, 'deadline'])] };
  return { ok: true, value: { reason: reason.value, deadline: input.deadline, reference: input.reference?.trim() || null } };
}

/** Issues a checked notice to a locked venue the viewer oversees; a blacklisted venue has nothing left to rectify. */
export async function openNotice(writes: VenueWrites, viewer: Viewer, venue: VenueRow, notice: NoticeInput, venueField: string[]): Promise<Outcome<NoticeRow>> {
  if (venue.complianceStatus === 'BLACKLISTED') return failed(userError('VENUE_BLACKLISTED', 'The venue is blacklisted; there is nothing left for it to rectify.', venueField));
  const issuedBy = deciderOf(viewer);
  const opened = await writes.insertNotice({ venueId: venue.id, reason: notice.reason, reference: notice.reference ?? null, deadline: notice.deadline, issuedBy });
  if (venue.complianceStatus === 'WHITELISTED') await changeCompliance(writes, venue.id, 'UNDER_RECTIFICATION', notice.reason, opened, issuedBy);
  return succeeded(opened);
}

/** Closes an open notice; with no other open, the venue under rectification is whitelisted again. */
export async function closeRectificationNotice({ viewer, store }: Caller, id: number, note: string): Promise<Outcome<NoticeRow>> {
  requireRole(viewer, OVERSIGHT);
  const checked = validate(closingNote, note, ['note']);
  if (!checked.ok) return failed(...checked.userErrors);
  return store.write(async (writes) => {
    const found = await writes.lockNotice(id);
    if (!found) return failed(notFound('rectification notice'));
    const venue = (await writes.lockVenue(found.venueId))!;
    requireOwnership(overseesVenue(viewer, venue), 'A district account closes notices of venues in its own district only.');
    const notice = await writes.lockNotice(id);
    if (notice!.status !== 'OPEN') return failed(userError('NOTICE_NOT_OPEN', `This notice is ${notice!.status.toLowerCase()} already; a suspended venue is restored with setComplianceStatus.`, ['id']));
    const decidedBy = deciderOf(viewer);
    const closed = await writes.closeNotice(id, { closedBy: decidedBy, closingNote: checked.value });
    if (venue.complianceStatus === 'UNDER_RECTIFICATION' && (await writes.otherOpenNotices(venue.id, id)) === 0) {
      await changeCompliance(writes, venue.id, 'WHITELISTED', `Rectification completed: ${checked.value}`, closed, decidedBy);
    }
    return succeeded(closed);
  });
}

const LIST_STATUS: Record<ComplianceList, 'WHITELISTED' | 'BLACKLISTED'> = { WHITELIST: 'WHITELISTED', BLACKLIST: 'BLACKLISTED' };

/** Publishes today's batch of a list: the published venues with its status, in the caller's district. */
export async function publishComplianceList({ viewer, store }: Caller, input: PublishComplianceListInput, today: string): Promise<Outcome<ListBatchRow>> {
  requireRole(viewer, OVERSIGHT);
  const title = validate(listTitle, input.title, ['input', 'title']);
  if (!title.ok) return failed(...title.userErrors);
  const district = viewer.role === 'district' ? viewer.district : input.district?.trim() || null;
  requireOwnership(viewer.role !== 'district' || !input.district || input.district === viewer.district, 'A district account publishes the lists of its own district only.');
  return store.write(async (writes) => {
    const list = LIST_STATUS[input.list];
    const venueIds = await writes.venuesListed(list, district);
    return succeeded(await writes.insertListBatch({ list, publishedOn: today, publishedBy: deciderOf(viewer), district, title: title.value, venueIds }));
  });
}

async function changeCompliance(writes: VenueWrites, venueId: number, status: ComplianceStatus, reason: string, notice: NoticeRow, recordedBy: string): Promise<void> {
  await writes.appendComplianceRecord({ venueId, status, reason, notice: notice.reference ?? `rn_${notice.id}`, recordedBy });
  await writes.updateVenue(venueId, { complianceStatus: status });
  await writes.venueChanged(venueId);
}

/** Founds an alliance in the caller's district, or in any district for an administrator. */
export async function createAlliance({ viewer, store }: Caller, input: CreateAllianceInput): Promise<Outcome<AllianceRow>> {
  requireRole(viewer, OVERSIGHT);
  const district = viewer.role === 'district' ? viewer.district : input.district?.trim() || null;
  requireOwnership(viewer.role !== 'district' || !input.district || input.district === viewer.district, 'A district account founds alliances of its own district only.');
  const checked = validate(allianceInput, { name: input.name, nameEn: input.nameEn ?? '', city: input.city, foundedOn: input.foundedOn ?? null });
  if (!checked.ok) return failed(...checked.userErrors);
  const { name, nameEn, city, foundedOn } = checked.value;
  return store.write(async (writes) => succeeded(await writes.insertAlliance({ nameZh: name, nameEn: nameEn || name, city, district, foundedOn })));
}

/** Adds or removes a member of an alliance the caller manages, in one transaction. */
export async function changeAllianceMember({ viewer, store }: Caller, change: { allianceId: number; venueId: number; add: boolean; today: string }): Promise<Outcome<AllianceRow>> {
  requireRole(viewer, OVERSIGHT);
  return store.write(async (writes) => {
    const alliance = await writes.lockAlliance(change.allianceId);
    if (!alliance) return failed(notFound('alliance', ['allianceId']));
    requireOwnership(managesAlliance(viewer, alliance), 'A district account changes the alliances of its own district only.');
    if (!(await writes.lockVenue(change.venueId))) return failed(notFound('venue', ['venueId']));
    if (change.add) await writes.addMember(alliance.id, change.venueId, change.today);
    else if (!(await writes.removeMember(alliance.id, change.venueId))) return failed(userError('NOT_A_MEMBER', 'The venue is not a member of this alliance.', ['venueId']));
    await writes.venueChanged(change.venueId);
    return succeeded(alliance);
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
