import { toRowId } from '../../kit/graphql/ids.js';
import { withChanges } from '../../kit/graphql/input-rules.js';
import { changeOwned, type OwnedRecord } from '../../kit/graphql/ownership.js';
import { failed, succeeded, validate, type Outcome } from '../../kit/graphql/payloads.js';
import { isAdmin, requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import { changePublication, type PublicationAction } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { CreateExpertInput, CreateTalkInput, UpdateExpertInput, UpdateTalkInput } from './generated.js';
import {
  clearableExpertFields, expertDraft, expertInput, expertValues, mayManageExpert, newExpert, newTalk, talkDraft, talkInput, talkValues,
  type ExpertInput, type TalkInput,
} from './rules.js';
import type { ExpertStore, ExpertWrites } from './store.js';
import type { ExpertRow, TalkRow } from './rows.js';

interface Caller {
  viewer: Viewer;
  store: ExpertStore;
}

const OWNERS_ONLY = 'Only the expert, the manager of the venue it is affiliated with, or an admin can change this.';

export async function createExpert({ viewer, store }: Caller, input: CreateExpertInput): Promise<Outcome<ExpertRow>> {
  requireRole(viewer, ['venue', 'admin']);
  const affiliationId = affiliationOf(viewer, input.affiliationId);
  const { affiliationId: _, ...profile } = input;
  const checked = validate(expertInput, withChanges(newExpert as ExpertInput, profile, clearableExpertFields));
  if (!checked.ok) return failed(...checked.userErrors);
  const unseen = affiliationId === null ? [] : await store.venues.unseenVenues(viewer, [{ rowId: affiliationId, field: ['input', 'affiliationId'] }]);
  if (unseen.length > 0) return failed(...unseen);
  return store.write(async (writes) => {
    const expert = await writes.insertExpert(expertValues(affiliationId, checked.value));
    await writes.changed('Expert', expert.id);
    return succeeded(expert);
  });
}

/** An admin names any venue or none; a venue adds experts to itself only. */
function affiliationOf(viewer: Viewer, affiliationId: string | null | undefined): number | null {
  const named = affiliationId ? toRowId('Venue', affiliationId, 'input.affiliationId') : null;
  if (isAdmin(viewer)) return named;
  requireOwnership(viewer.venueId !== null && (named === null || named === viewer.venueId), 'A venue can add experts affiliated with itself only.');
  return viewer.venueId;
}

export function updateExpertProfile(caller: Caller, id: number, input: UpdateExpertInput): Promise<Outcome<ExpertRow>> {
  return changeOwnedExpert(caller, id, async (expert, writes) => {
    const checked = validate(expertInput, withChanges(expertDraft(expert), input, clearableExpertFields));
    if (!checked.ok) return failed(...checked.userErrors);
    const updated = await writes.updateExpert(expert.id, expertValues(expert.affiliationVenueId, checked.value));
    await writes.changed('Expert', expert.id);
    return succeeded(updated);
  });
}

export function changeExpertPublication(caller: Caller, id: number, action: PublicationAction): Promise<Outcome<ExpertRow>> {
  return changeOwnedExpert(caller, id, (expert, writes) => changePublication(expert, action, async (status) => {
    const updated = await writes.updateExpert(expert.id, { status });
    await writes.changed('Expert', expert.id);
    return updated;
  }));
}

export async function createTalk(caller: Caller, input: CreateTalkInput): Promise<Outcome<TalkRow>> {
  const { expertId, ...talk } = input;
  const checked = validate(talkInput, withChanges(newTalk as TalkInput, talk));
  return changeOwnedExpert(caller, toRowId('Expert', expertId, 'input.expertId'), async (expert, writes) => {
    if (!checked.ok) return failed(...checked.userErrors);
    const created = await writes.insertTalk(talkValues(expert.id, checked.value));
    await writes.changed('Talk', created.id);
    return succeeded(created);
  }, ['input', 'expertId']);
}

export function updateTalk(caller: Caller, id: number, input: UpdateTalkInput): Promise<Outcome<TalkRow>> {
  return changeOwnedTalk(caller, id, async (talk, writes) => {
    const checked = validate(talkInput, withChanges(talkDraft(talk), input));
    if (!checked.ok) return failed(...checked.userErrors);
    const updated = await writes.updateTalk(talk.id, talkValues(talk.expertId, checked.value));
    await writes.changed('Talk', talk.id);
    return succeeded(updated);
  });
}

export function changeTalkPublication(caller: Caller, id: number, action: PublicationAction): Promise<Outcome<TalkRow>> {
  return changeOwnedTalk(caller, id, (talk, writes) => changePublication(talk, action, async (status) => {
    const updated = await writes.updateTalk(talk.id, { status });
    await writes.changed('Talk', talk.id);
    return updated;
  }));
}

const ownedExpert: OwnedRecord<ExpertWrites, ExpertRow> = {
  name: 'expert',
  roles: ['expert', 'venue', 'admin'],
  lock: (writes, id) => writes.lockExpert(id),
  mayChange: mayManageExpert,
  refusal: OWNERS_ONLY,
};

/** A talk belongs to whoever owns its expert's profile. */
const ownedTalk: OwnedRecord<ExpertWrites, TalkRow> = {
  name: 'talk',
  roles: ['expert', 'venue', 'admin'],
  lock: (writes, id) => writes.lockTalk(id),
  mayChange: async (viewer, talk, writes) => {
    const expert = await writes.lockExpert(talk.expertId);
    return expert !== undefined && mayManageExpert(viewer, expert);
  },
  refusal: OWNERS_ONLY,
};

function changeOwnedExpert<Thing>(
  { viewer, store }: Caller,
  id: number,
  change: (expert: ExpertRow, writes: ExpertWrites) => Promise<Outcome<Thing>>,
  field?: string[],
): Promise<Outcome<Thing>> {
  return changeOwned(viewer, store.write, ownedExpert, id, change, field);
}

function changeOwnedTalk(
  { viewer, store }: Caller,
  id: number,
  change: (talk: TalkRow, writes: ExpertWrites) => Promise<Outcome<TalkRow>>,
): Promise<Outcome<TalkRow>> {
  return changeOwned(viewer, store.write, ownedTalk, id, change);
}
