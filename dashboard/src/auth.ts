// Login against Keycloak (realm party, public client party-web): authorization code with PKCE (S256), tokens
// kept in memory only, refreshed before each call. Keycloak is reached at /auth/ on the same origin.
import Keycloak from 'keycloak-js';

export interface User {
  name: string;
  username: string;
  orgUnit: string | null;
  roles: string[];
}

const AUTH_URL = (import.meta.env.VITE_AUTH_URL as string | undefined) ?? `${location.origin}/auth`;
const ROUTE_KEY = 'party-dashboard.route';

const keycloak = new Keycloak({ url: AUTH_URL, realm: 'party', clientId: 'party-web' });

/** Logs in (redirecting to Keycloak's form when needed) and answers who is logged in. */
export async function login(): Promise<User> {
  // Keycloak returns to the page without its hash (the redirect URI may carry none); the app's route is kept
  // aside while the browser is away.
  if (location.hash.startsWith('#/')) {
    sessionStorage.setItem(ROUTE_KEY, location.hash);
  }
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    checkLoginIframe: false,
    redirectUri: `${location.origin}${location.pathname}`,
  });
  if (!authenticated) {
    throw new Error('not authenticated');
  }
  const saved = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (saved && !location.hash.startsWith('#/')) {
    history.replaceState(null, '', `${location.pathname}${saved}`);
  }
  const t = keycloak.tokenParsed as Record<string, unknown> | undefined ?? {};
  const realm = t['realm_access'] as { roles?: string[] } | undefined;
  return {
    name: String(t['name'] ?? t['preferred_username'] ?? ''),
    username: String(t['preferred_username'] ?? ''),
    orgUnit: typeof t['org_unit'] === 'string' && t['org_unit'] ? (t['org_unit'] as string) : null,
    roles: realm?.roles ?? [],
  };
}

/** A valid access token, refreshed when it has less than 30 s left. */
export async function token(): Promise<string> {
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
  }
  return keycloak.token!;
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: `${location.origin}${location.pathname}` });
}
