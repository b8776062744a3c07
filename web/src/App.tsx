import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { homeOf, signIn, useSignIn } from './auth';
import { Loading, NotFound } from './components/ui';
import { useT } from './i18n';
import { Link, match, useFocusOnNavigation, useLocation } from './router';
import Search from './pages/Search';

type Page = ComponentType<{ id: string }> | LazyExoticComponent<ComponentType<{ id: string }>>;

// The search page is in the first download; every other page loads when it is opened.
const routes: [string, Page][] = [
  ['/', Search as Page],
  ['/venues/:id', lazy(() => import('./pages/Venue'))],
  ['/programmes/:id', lazy(() => import('./pages/Programme'))],
  ['/talks/:id', lazy(() => import('./pages/Talk'))],
  ['/experts/:id', lazy(() => import('./pages/Expert'))],
  ['/sign-in', lazy(() => import('./pages/SignIn'))],
  ['/school', lazy(() => import('./pages/School'))],
  ['/venue', lazy(() => import('./pages/VenueDesk'))],
  ['/district', lazy(() => import('./pages/District'))],
];

export function App() {
  const { path } = useLocation();
  useFocusOnNavigation(path);
  const found = routes.map(([pattern, page]) => [match(pattern, path), page] as const).find(([params]) => params);
  const Page = found?.[1];
  return (
    <>
      <Header />
      <main id="main">
        <Suspense fallback={<Loading />}>{Page ? <Page id={found[0]!.id ?? ''} /> : <NotFound />}</Suspense>
      </main>
    </>
  );
}

function Header() {
  const { t, lang, setLang } = useT();
  const signedIn = useSignIn();
  const home = homeOf(signedIn);
  return (
    <header className="top">
      <a className="skip" href="#main">{t('nav.skip')}</a>
      <Link to="/" className="brand">{t('app.name')}</Link>
      <nav aria-label={t('nav.label')}>
        <Link to="/">{t('nav.search')}</Link>
        {home && <Link to={home}>{t(`nav.home.${signedIn!.role}`)}</Link>}
        {signedIn ? (
          <button type="button" className="link" onClick={() => signIn(null)}>{t('nav.signOut')}</button>
        ) : (
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        )}
        <button type="button" className="lang" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {lang === 'zh' ? 'English' : '中文'}
        </button>
      </nav>
    </header>
  );
}
