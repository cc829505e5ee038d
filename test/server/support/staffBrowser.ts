/** A staff member's browser for HTTP tests: keeps cookies, reads the CSRF token from each page. */
export class StaffBrowser {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  /** Where the last post redirected to (its notice or error in the query), if it did. */
  lastLocation = '';

  constructor(private readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  async get(path: string): Promise<string> {
    const response = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: 'manual' });
    this.remember(response);
    const html = await response.text();
    const token = /name="csrf" value="([^"]+)"/.exec(html);
    if (token) this.csrf = token[1];
    return html;
  }

  /** A raw GET with the session's cookies (a download: headers and bytes). */
  async fetch(path: string): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: 'manual' });
  }

  async post(path: string, fields: Record<string, string> = {}, options: { withoutCsrf?: boolean } = {}): Promise<number> {
    const body = new URLSearchParams(options.withoutCsrf ? fields : { ...fields, csrf: this.csrf });
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', origin: this.base },
      body,
      redirect: 'manual',
    });
    this.remember(response);
    this.lastLocation = response.headers.get('location') ?? '';
    await response.text();
    return response.status;
  }

  async login(email: string, password: string): Promise<number> {
    await this.get('/staff/login');
    return this.post('/staff/login', { email, password });
  }
}
