import { useSignIn, type SignedIn } from '../auth';
import { useT } from '../i18n';
import { Link } from '../router';
import { PageTitle } from './ui';

/** The signed-in caller when it has one of `roles`; otherwise a page that says who may open it. */
export function useRole(roles: SignedIn['role'][]): SignedIn | null {
  const signedIn = useSignIn();
  return signedIn && roles.includes(signedIn.role) ? signedIn : null;
}

export function SignInNeeded({ role }: { role: 'school' | 'venue' | 'district' }) {
  const { t } = useT();
  return (
    <section>
      <PageTitle>{t(`nav.home.${role}`)}</PageTitle>
      <p>{t('signIn.needed', { role: t(`role.${role}`) })} <Link to="/sign-in">{t('nav.signIn')}</Link></p>
    </section>
  );
}
