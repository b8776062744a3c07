import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { claimsOf, homeOf, signIn, type SignedIn } from '../auth';
import { currentClient } from '../client';
import { PageTitle } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { navigate } from '../router';

const DemoAccounts = graphql(`
  query DemoAccounts {
    schools(first: 100) { edges { node { id name nameEn district stage } } }
    venues(first: 100) { edges { node { id name nameEn district } } }
  }
`);

const Me = graphql(`
  query Me {
    me { role school { id location { lat lon } } }
  }
`);

const roles = ['school', 'venue', 'district', 'admin'] as const;

/**
 * Signing in. In production the deployer's sign-in hands the page a Kepu bearer token, in the
 * address's fragment (`/sign-in#token=…`) or pasted here. In development a picker signs in as
 * any demo school, venue, district or administrator, with tokens from `/auth/demo-token`.
 */
export default function SignIn() {
  const { t } = useT();
  const [demo, setDemo] = useState<boolean | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    const fromFragment = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromFragment) {
      history.replaceState(null, '', location.pathname);
      void accept(fromFragment).catch(() => setProblem(t('signIn.badToken')));
    }
    fetch('/auth/demo-token').then((response) => setDemo(response.ok), () => setDemo(false));
  }, [t]);
  return (
    <section className="narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      {problem && <p role="alert" className="error">{problem}</p>}
      {demo && <DemoPicker onProblem={setProblem} />}
      <TokenForm onProblem={setProblem} />
    </section>
  );
}

function DemoPicker({ onProblem }: { onProblem(message: string): void }) {
  const { t, pick, label } = useT();
  const [role, setRole] = useState<(typeof roles)[number]>('school');
  const [id, setId] = useState('');
  const [{ data }] = useQuery({ query: DemoAccounts });
  const schools = data?.schools.edges.map((edge) => edge.node) ?? [];
  const venues = data?.venues.edges.map((edge) => edge.node) ?? [];
  const districts = [...new Set(schools.map((school) => school.district))].sort();
  const choices =
    role === 'school' ? schools.map((s) => [s.id, `${pick(s.name, s.nameEn)} · ${label('district', s.district)}`]) :
    role === 'venue' ? venues.map((v) => [v.id, `${pick(v.name, v.nameEn)} · ${label('district', v.district)}`]) :
    role === 'district' ? districts.map((d) => [d, label('district', d)]) : [];
  const chosen = id || choices[0]?.[0] || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const response = await fetch('/auth/demo-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, id: chosen }),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!body.token) return onProblem(body.error ?? t('signIn.badToken'));
    await accept(body.token);
  };
  return (
    <form onSubmit={submit} className="card">
      <h2>{t('signIn.demo')}</h2>
      <p className="muted">{t('signIn.demoHelp')}</p>
      <fieldset>
        <legend>{t('signIn.role')}</legend>
        {roles.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="role" value={value} checked={role === value} onChange={() => { setRole(value); setId(''); }} />
            {t(`role.${value}`)}
          </label>
        ))}
      </fieldset>
      {role !== 'admin' && (
        <>
          <label htmlFor="demo-id">{t(`signIn.actsFor.${role}`)}</label>
          <select id="demo-id" name="id" value={chosen} onChange={(event) => setId(event.target.value)}>
            {choices.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </>
      )}
      <button type="submit">{t('signIn.asDemo')}</button>
    </form>
  );
}

function TokenForm({ onProblem }: { onProblem(message: string): void }) {
  const { t } = useT();
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept(token.trim()).catch(() => onProblem(t('signIn.badToken')));
  };
  return (
    <form onSubmit={submit} className="card">
      <h2>{t('signIn.token')}</h2>
      <p className="muted">{t('signIn.tokenHelp')}</p>
      <label>
        {t('signIn.tokenLabel')}
        <textarea value={token} onChange={(event) => setToken(event.target.value)} rows={3} required spellCheck={false} />
      </label>
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}

/** Checks the token with the gateway (who it says the caller is, and the school's place), keeps it, and opens the caller's page. */
async function accept(token: string): Promise<void> {
  const claims = claimsOf(token);
  if (!claims) throw new Error('not a Kepu token');
  signIn({ ...claims, token });
  const { data } = await currentClient().query(Me, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!data?.me) {
    signIn(null);
    throw new Error('refused');
  }
  const place = data.me.school?.location;
  const signedIn: SignedIn = { ...claims, token, ...(place && { place: { lat: place.lat, lon: place.lon } }) };
  signIn(signedIn);
  navigate(homeOf(signedIn) ?? '/');
}
