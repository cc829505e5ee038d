/** The staff console's persistence port: accounts and sessions. */
export interface StaffAccount {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string;
  active: boolean;
}

export interface StaffSessionRecord {
  /** sha256 of the session token: the token itself is only ever in the staff member's cookie. */
  id: string;
  staffId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface StaffStore {
  findAccountByEmail(email: string): Promise<StaffAccount | undefined>;
  findAccountById(id: number): Promise<StaffAccount | undefined>;
  createAccount(account: { email: string; displayName: string; passwordHash: string; now: Date }): Promise<StaffAccount>;
  setPassword(staffId: number, passwordHash: string): Promise<void>;
  createSession(session: StaffSessionRecord): Promise<void>;
  findSession(id: string): Promise<StaffSessionRecord | undefined>;
  touchSession(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  deleteSession(id: string): Promise<void>;
  deleteSessionsOf(staffId: number): Promise<void>;
}
