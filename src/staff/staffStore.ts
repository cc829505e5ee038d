/** The staff console's persistence port: accounts and sessions. */
export interface StaffAccount {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string;
  active: boolean;
  /** 'admin' manages the staff accounts in the console; 'agent' does the day's work. */
  role: StaffRole;
}

export type StaffRole = 'agent' | 'admin';

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
  createAccount(account: { email: string; displayName: string; passwordHash: string; now: Date; role: StaffRole }): Promise<StaffAccount>;
  listAccounts(): Promise<StaffAccount[]>;
  setActive(staffId: number, active: boolean): Promise<void>;
  /** Active administrators. */
  countAdmins(): Promise<number>;
  setPassword(staffId: number, passwordHash: string): Promise<void>;
  createSession(session: StaffSessionRecord): Promise<void>;
  findSession(id: string): Promise<StaffSessionRecord | undefined>;
  touchSession(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  deleteSession(id: string): Promise<void>;
  deleteSessionsOf(staffId: number): Promise<void>;
}
