/**
 * The console's page frame, as hono/jsx components rendered to strings on the server:
 * every interpolated value is escaped by the library; raw HTML only goes through
 * `trusted()` (fragments the console rendered itself, e.g. a family section).
 */
import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import { raw } from 'hono/html';

/** Who is looking at the page, for the header, the forms' CSRF token and the admin menu. */
export interface Viewer {
  name: string;
  csrf: string;
  isAdmin: boolean;
}

/** Renders a whole page (doctype included). */
export function renderPage(node: Child): string {
  return `<!doctype html>${renderFragment(node)}`;
}

/** Renders a fragment (for a section or a live update). */
export function renderFragment(node: Child): string {
  const text = node === null || node === undefined ? '' : (node as { toString(): string | Promise<string> }).toString();
  if (typeof text !== 'string') throw new Error('The console renders synchronous components only.');
  return text;
}

/** Already-escaped HTML made by the console itself (never a user's text). */
export const trusted = (html: string) => raw(html);

/** The CSRF token every form carries. */
export const Csrf: FC<{ token: string }> = ({ token }) => <input type="hidden" name="csrf" value={token} />;

/** A post form with its CSRF token. */
export const PostForm: FC<PropsWithChildren<{ action: string; csrf: string; class?: string; confirm?: string }>> = (props) => (
  <form method="post" action={props.action} class={props.class} data-confirm={props.confirm}>
    <Csrf token={props.csrf} />
    {props.children}
  </form>
);

export const Notice: FC<{ text?: string; error?: boolean }> = ({ text, error }) =>
  text ? (
    <p class={error ? 'error' : 'notice'} role={error ? 'alert' : 'status'}>
      {text}
    </p>
  ) : null;

const NAV: Array<{ href: string; label: string; admin?: boolean }> = [
  { href: '/staff', label: 'Tableau du jour' },
  { href: '/staff/families', label: 'Familles' },
  { href: '/staff/requests', label: 'Demandes' },
  { href: '/staff/conversations', label: 'Conversations' },
  { href: '/staff/accounts', label: 'Comptes', admin: true },
];

export const Layout: FC<PropsWithChildren<{ title: string; viewer?: Viewer; notice?: string; error?: string }>> = (props) => (
  <html lang="fr">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${props.title} — Console périscolaire`}</title>
      <link rel="stylesheet" href="/staff/console.css" />
    </head>
    <body>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      <header>
        <a href="/staff" class="home">
          Console du service périscolaire
        </a>
        {props.viewer ? (
          <PostForm action="/staff/logout" csrf={props.viewer.csrf} class="logout">
            <span>{props.viewer.name}</span> <button type="submit">Se déconnecter</button>
          </PostForm>
        ) : null}
      </header>
      {props.viewer ? (
        <nav aria-label="Menu de la console">
          <ul>
            {NAV.filter((item) => !item.admin || props.viewer?.isAdmin).map((item) => (
              <li>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
          <div class="alerts">
            <p id="alerte" role="status" aria-live="polite"></p>
            <button type="button" id="alerte-son" aria-pressed="true" hidden>
              Alerte sonore : activée
            </button>
          </div>
        </nav>
      ) : null}
      <main id="contenu">
        <h1>{props.title}</h1>
        <Notice text={props.notice} />
        <Notice text={props.error} error />
        {props.children}
      </main>
      <script src="/staff/console.js"></script>
    </body>
  </html>
);
