import { toRowId } from '../../kit/graphql/ids.js';
import type { Reference } from '../../kit/graphql/references.js';
import { withChanges } from '../../kit/graphql/input-rules.js';
import { changeOwned, type OwnedRecord } from '../../kit/graphql/ownership.js';
import { failed, succeeded, validate, type Outcome } from '../../kit/graphql/payloads.js';
import { requireOwnership, requireRole } from '../../kit/graphql/permissions.js';
import { changePublication, type PublicationAction } from '../../kit/database/publication.js';
import type { Viewer } from '../../kit/platform/viewer.js';
import type { CreateProgrammeInput, UpdateProgrammeInput } from './generated.js';
import {
  curriculumLinkValues, mayManageProgramme, newProgramme, programmeDraft, programmeInput, programmeValues, routeValues, type ProgrammeInput,
} from './rules.js';
import type { ProgrammeStore, ProgrammeWrites } from './store.js';
import type { ProgrammeRow } from './rows.js';

interface Caller {
  viewer: Viewer;
  store: ProgrammeStore;
}

export async function createProgramme({ viewer, store }: Caller, input: CreateProgrammeInput): Promise<Outcome<ProgrammeRow>> {
  requireRole(viewer, ['venue', 'admin']);
  const venueId = toRowId('Venue', input.venueId, 'input.venueId');
  requireOwnership(mayManageProgramme(viewer, { venueId }), 'A venue manager can add programmes to its own venue only.');
  const checked = validate(programmeInput, withChanges(newProgramme as ProgrammeInput, programmeChanges(input)));
  if (!checked.ok) return failed(...checked.userErrors);
  const unseen = await store.venues.unseenVenues(viewer, [{ rowId: venueId, field: ['input', 'venueId'] }, ...routeReferences(checked.value.route)]);
  if (unseen.length > 0) return failed(...unseen);
  return store.write(async (writes) => {
    const programme = await writes.insertProgramme(programmeValues(venueId, checked.value));
    await writes.replaceRoute(programme.id, routeValues(checked.value));
    await writes.replaceCurriculumLinks(programme.id, curriculumLinkValues(checked.value));
    await writes.programmeChanged(programme.id);
    return succeeded(programme);
  });
}

export function updateProgramme(caller: Caller, id: number, input: UpdateProgrammeInput): Promise<Outcome<ProgrammeRow>> {
  return changeManagedProgramme(caller, id, async (programme, writes) => {
    const draft = programmeDraft(programme, await writes.routeOf(programme.id), await writes.curriculumLinksOf(programme.id));
    const checked = validate(programmeInput, withChanges(draft, programmeChanges(input)));
    if (!checked.ok) return failed(...checked.userErrors);
    const unseen = input.route ? await caller.store.venues.unseenVenues(caller.viewer, routeReferences(checked.value.route)) : [];
    if (unseen.length > 0) return failed(...unseen);
    const updated = await writes.updateProgramme(programme.id, programmeValues(programme.venueId, checked.value));
    if (input.route) await writes.replaceRoute(programme.id, routeValues(checked.value));
    if (input.curriculumLinks) await writes.replaceCurriculumLinks(programme.id, curriculumLinkValues(checked.value));
    await writes.programmeChanged(programme.id);
    return succeeded(updated);
  });
}

export function changeProgrammePublication(caller: Caller, id: number, action: PublicationAction): Promise<Outcome<ProgrammeRow>> {
  return changeManagedProgramme(caller, id, (programme, writes) => changePublication(programme, action, async (status) => {
    const updated = await writes.updateProgramme(programme.id, { status });
    await writes.programmeChanged(programme.id);
    return updated;
  }));
}

const managedProgramme: OwnedRecord<ProgrammeWrites, ProgrammeRow> = {
  name: 'programme',
  roles: ['venue', 'admin'],
  lock: (writes, id) => writes.lockProgramme(id),
  mayChange: mayManageProgramme,
  refusal: 'Only the manager of the venue offering this programme, or an admin, can change it.',
};

function changeManagedProgramme(
  { viewer, store }: Caller,
  id: number,
  change: (programme: ProgrammeRow, writes: ProgrammeWrites) => Promise<Outcome<ProgrammeRow>>,
): Promise<Outcome<ProgrammeRow>> {
  return changeOwned(viewer, store.write, managedProgramme, id, change);
}

/** The venues a route's stops name, each at its place in the input. */
function routeReferences(route: readonly { venueId: number }[]): Reference[] {
  return route.map((stop, index) => ({ rowId: stop.venueId, field: ['input', 'route', String(index), 'venueId'] }));
}

/** The input in the shape the rules read, with route stops naming venues by row id. */
function programmeChanges(input: CreateProgrammeInput | UpdateProgrammeInput): Partial<ProgrammeInput> {
  const { venueId: _, ...changes } = input as CreateProgrammeInput;
  return {
    ...changes,
    route: input.route?.map((stop, index) => ({
      venueId: toRowId('Venue', stop.venueId, `input.route.${index}.venueId`),
      minutes: stop.minutes,
      activity: stop.activity ?? '',
    })),
    curriculumLinks: input.curriculumLinks ?? undefined,
  } as Partial<ProgrammeInput>;
}
