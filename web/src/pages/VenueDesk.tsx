import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { TalkForm } from '../components/TalkForm';
import { SessionRows, ScheduleForm } from '../components/SessionForms';
import { SignInNeeded, useRole } from '../components/SignInNeeded';
import { FormError } from '../components/forms';
import { Notices } from '../components/Oversight';
import { Loading, PageTitle, RequestError } from '../components/ui';
import { graphql } from '../graphql';
import type { VenueDeskQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { ComplianceHistory } from './Venue';

const VenueDesk = graphql(`
  query VenueDesk($id: ID!) {
    venue(id: $id) {
      id name nameEn status complianceStatus
      complianceHistory { status reason notice recordedAt }
      rectificationNotices { id reason reference deadline issuedAt status overdue closedAt venue { id name nameEn } }
      programmes(first: 50, filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }) {
        edges { node {
          id title titleEn summary kind status subjects gradeBands durationMinutes groupSize { min max } price { amount } free delivery
          sessions(first: 10) { edges { node { id startsAt endsAt timeZone capacity seatsLeft status confirmation keptSeats keptSeatsInAll releaseKeptSeatsDaysBefore priorityWaitlist keptSeatsUntil } } }
        } }
      }
      experts(first: 20, filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }) {
        edges { node {
          id name nameEn
          talks(first: 10, filter: { statuses: [DRAFT, PUBLISHED, UNPUBLISHED] }) {
            edges { node {
              id title titleEn summary status subjects gradeBands durationMinutes maxAudience delivery
              sessions(first: 5) { edges { node { id startsAt endsAt timeZone capacity seatsLeft status confirmation keptSeats keptSeatsInAll releaseKeptSeatsDaysBefore priorityWaitlist keptSeatsUntil } } }
            } }
          }
        } }
      }
      inbox: bookingRequests(first: 50, filter: { statuses: [REQUESTED, WAITLISTED], upcoming: true }) { edges { node { ...Request } } }
      visits: bookingRequests(first: 50, filter: { statuses: [CONFIRMED, ATTENDED, NO_SHOW], past: true }) { edges { node { ...Request } } }
    }
  }
  fragment Request on Booking {
    id status students teachers note waitlistPosition
    school { id name nameEn }
    session { id startsAt timeZone programme { id title titleEn } talk { id title titleEn } }
  }
`);

const Decide = graphql(`
  mutation Decide($id: ID!, $confirm: Boolean!, $reason: String) {
    confirmBooking(id: $id) @include(if: $confirm) { booking { id status } userErrors { field code message } }
    declineBooking(id: $id, reason: $reason) @skip(if: $confirm) { booking { id status } userErrors { field code message } }
  }
`);

const Attendance = graphql(`
  mutation Attendance($id: ID!, $attended: Boolean!) {
    markAttendance(id: $id, attended: $attended) { booking { id status } userErrors { field code message } }
  }
`);

const Publication = graphql(`
  mutation Publication($id: ID!, $publishProgramme: Boolean!, $unpublishProgramme: Boolean!, $publishTalk: Boolean!, $unpublishTalk: Boolean!) {
    publishProgramme(id: $id) @include(if: $publishProgramme) { programme { id status } userErrors { field code message } }
    unpublishProgramme(id: $id) @include(if: $unpublishProgramme) { programme { id status } userErrors { field code message } }
    publishTalk(id: $id) @include(if: $publishTalk) { talk { id status } userErrors { field code message } }
    unpublishTalk(id: $id) @include(if: $unpublishTalk) { talk { id status } userErrors { field code message } }
  }
`);

type Request = NonNullable<VenueDeskQuery['venue']>['inbox']['edges'][number]['node'];

/** A venue's desk: the inbox of booking requests, its programmes and talks with their sessions, attendance, and its compliance record and rectification notices. */
export default function VenueDeskPage() {
  const signedIn = useRole(['venue']);
  if (!signedIn?.venueId) return <SignInNeeded role="venue" />;
  return <DeskFor id={signedIn.venueId} />;
}

function DeskFor({ id }: { id: string }) {
  const { t, label, pick, date } = useT();
  const [{ data, fetching, error }, refresh] = useQuery({ query: VenueDesk, variables: { id } });
  const [creating, setCreating] = useState<'programme' | 'talk' | null>(null);
  if (!data) return fetching ? <Loading /> : <RequestError error={error} />;
  const venue = data.venue!;
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const experts = venue.experts.edges.map(({ node }) => ({ id: node.id, name: pick(node.name, node.nameEn) }));
  return (
    <section className="desk">
      <PageTitle>{pick(venue.name, venue.nameEn)}</PageTitle>
      <p className="muted">
        <Link to={`/venues/${venue.id}`}>{t('desk.publicPage')}</Link> · {label('publication', venue.status)} · {t('venue.compliance')}: {label('compliance', venue.complianceStatus)}
      </p>

      <h2>{t('desk.inbox', { n: venue.inbox.edges.length })}</h2>
      {venue.inbox.edges.length === 0 && <p className="muted">{t('desk.inboxEmpty')}</p>}
      <ul className="cards">{venue.inbox.edges.map(({ node }) => <RequestCard key={node.id} request={node} onDone={reload} />)}</ul>

      <h2>{t('desk.programmes')}</h2>
      {creating === 'programme' ? (
        <ProgrammeForm venueId={venue.id} onDone={() => { setCreating(null); reload(); }} onCancel={() => setCreating(null)} />
      ) : (
        <button type="button" onClick={() => setCreating('programme')}>{t('desk.newProgramme')}</button>
      )}
      <ul className="cards">
        {venue.programmes.edges.map(({ node }) => <OfferCard key={node.id} kind="programme" offer={node} onChange={reload} />)}
      </ul>

      <h2>{t('desk.talks')}</h2>
      {creating === 'talk' ? (
        <TalkForm experts={experts} onDone={() => { setCreating(null); reload(); }} onCancel={() => setCreating(null)} />
      ) : (
        experts.length > 0 && <button type="button" onClick={() => setCreating('talk')}>{t('desk.newTalk')}</button>
      )}
      <ul className="cards">
        {venue.experts.edges.flatMap(({ node: expert }) =>
          expert.talks.edges.map(({ node }) => <OfferCard key={node.id} kind="talk" offer={node} speaker={pick(expert.name, expert.nameEn)} onChange={reload} />),
        )}
      </ul>

      <h2>{t('desk.attendance')}</h2>
      {venue.visits.edges.length === 0 && <p className="muted">{t('desk.noVisits')}</p>}
      <ul className="cards">{venue.visits.edges.map(({ node }) => <VisitCard key={node.id} visit={node} onDone={reload} />)}</ul>

      <h2>{t('venue.complianceHistory')}</h2>
      <ComplianceHistory records={venue.complianceHistory} date={date} />
      <Notices notices={venue.rectificationNotices ?? []} />
    </section>
  );
}

interface Offer {
  id: string;
  title: string;
  titleEn: string;
  status: string;
  sessions: { edges: readonly { node: Parameters<typeof SessionRows>[0]['sessions'][number] }[] };
}

function OfferCard({ kind, offer, speaker, onChange }: { kind: 'programme' | 'talk'; offer: Offer; speaker?: string; onChange(): void }) {
  const { t, label, pick } = useT();
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [result, publish] = useMutation(Publication);
  const published = offer.status === 'PUBLISHED';
  const title = pick(offer.title, offer.titleEn);
  const toggle = async () => {
    const programme = kind === 'programme';
    await publish({
      id: offer.id,
      publishProgramme: programme && !published,
      unpublishProgramme: programme && published,
      publishTalk: !programme && !published,
      unpublishTalk: !programme && published,
    });
    onChange();
  };
  const refusal = Object.values(result.data ?? {}).find((payload) => payload?.userErrors.length)?.userErrors[0];
  return (
    <li className="card offer" aria-label={title}>
      <p className={`status ${offer.status.toLowerCase()}`}>{label('publication', offer.status)}</p>
      <h3><Link to={`/${kind}s/${offer.id}`}>{title}</Link>{speaker && <span className="muted"> · {speaker}</span>}</h3>
      <FormError error={refusal} />
      <div className="actions">
        <button type="button" onClick={toggle} disabled={result.fetching}>{published ? t('desk.unpublish') : t('desk.publish')}</button>
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>{t('desk.edit')}</button>
        <button type="button" onClick={() => setScheduling(!scheduling)} aria-expanded={scheduling}>{t('desk.schedule')}</button>
      </div>
      {editing && kind === 'programme' && <ProgrammeForm programme={offer as never} onDone={() => { setEditing(false); onChange(); }} onCancel={() => setEditing(false)} />}
      {editing && kind === 'talk' && <TalkForm talk={offer as never} onDone={() => { setEditing(false); onChange(); }} onCancel={() => setEditing(false)} />}
      {scheduling && <ScheduleForm programmeId={kind === 'programme' ? offer.id : undefined} talkId={kind === 'talk' ? offer.id : undefined} onDone={() => { setScheduling(false); onChange(); }} />}
      <SessionRows sessions={offer.sessions.edges.map((edge) => edge.node)} onChange={onChange} />
    </li>
  );
}

function RequestCard({ request, onDone }: { request: Request; onDone(): void }) {
  const { t, label, pick, dateTime } = useT();
  const [result, decide] = useMutation(Decide);
  const [reason, setReason] = useState('');
  const act = async (confirm: boolean, event?: FormEvent) => {
    event?.preventDefault();
    const answer = await decide({ id: request.id, confirm, reason: reason || null });
    if (!answer.error) onDone();
  };
  const offer = request.session.programme ?? request.session.talk;
  const payload = result.data?.confirmBooking ?? result.data?.declineBooking;
  return (
    <li className="card" aria-label={pick(request.school.name, request.school.nameEn)}>
      <p className={`status ${request.status.toLowerCase()}`}>{label('status', request.status)}{request.waitlistPosition != null && ` · ${t('booking.waitlistPosition', { n: request.waitlistPosition })}`}</p>
      <h3>{pick(request.school.name, request.school.nameEn)}</h3>
      <p>{offer && pick(offer.title, offer.titleEn)} · {dateTime(request.session.startsAt, request.session.timeZone)}</p>
      <p>{t('booking.party', { students: request.students, teachers: request.teachers })}{request.note && ` · ${request.note}`}</p>
      <FormError error={payload?.userErrors[0]} />
      <form className="actions" onSubmit={(event) => act(false, event)}>
        {request.status === 'REQUESTED' && <button type="button" onClick={() => act(true)} disabled={result.fetching}>{t('desk.confirm')}</button>}
        <label className="inline">{t('desk.declineReason')}<input value={reason} onChange={(event) => setReason(event.target.value)} /></label>
        <button type="submit" className="danger" disabled={result.fetching}>{t('desk.decline')}</button>
      </form>
    </li>
  );
}

function VisitCard({ visit, onDone }: { visit: Request; onDone(): void }) {
  const { t, label, pick, dateTime } = useT();
  const [result, mark] = useMutation(Attendance);
  const record = async (attended: boolean) => {
    const answer = await mark({ id: visit.id, attended });
    if (!answer.error) onDone();
  };
  const offer = visit.session.programme ?? visit.session.talk;
  return (
    <li className="card" aria-label={pick(visit.school.name, visit.school.nameEn)}>
      <p className={`status ${visit.status.toLowerCase()}`}>{label('status', visit.status)}</p>
      <h3>{pick(visit.school.name, visit.school.nameEn)}</h3>
      <p>{offer && pick(offer.title, offer.titleEn)} · {dateTime(visit.session.startsAt, visit.session.timeZone)} · {t('booking.party', { students: visit.students, teachers: visit.teachers })}</p>
      <FormError error={result.data?.markAttendance.userErrors[0]} />
      {visit.status === 'CONFIRMED' && (
        <div className="actions">
          <button type="button" onClick={() => record(true)} disabled={result.fetching}>{t('desk.attended')}</button>
          <button type="button" onClick={() => record(false)} disabled={result.fetching}>{t('desk.noShow')}</button>
        </div>
      )}
    </li>
  );
}
