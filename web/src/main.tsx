import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { useSignIn } from './auth';
import { createClient } from './client';
import { LanguageProvider } from './i18n';
import { prefetchSearch } from './prefetch';
import './styles.css';

/** A fresh client (and cache) for each caller, so nothing one caller saw is shown to the next. */
function ClientForCaller() {
  const token = useSignIn()?.token;
  const client = useMemo(() => createClient(token), [token]);
  return (
    <Provider value={client}>
      <App />
    </Provider>
  );
}

prefetchSearch();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <ClientForCaller />
    </LanguageProvider>
  </StrictMode>,
);
