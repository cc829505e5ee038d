# Authoring helper for eval/sets/own-test.jsonl (independent Python oracle for date arithmetic).
import datetime as D, json
HOL = set('''2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25
2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25
2027-01-01 2027-03-29 2027-05-01 2027-05-06 2027-05-08 2027-05-17 2027-07-14 2027-08-15 2027-11-01 2027-11-11 2027-12-25'''.split())
def d(s): return D.date.fromisoformat(s[:10])
def iso(x): return x.isoformat()
def opening(x): return x.weekday() < 5 and iso(x) not in HOL
def R(a, b, wds=None):
    a, b = d(a) if isinstance(a, str) else a, d(b) if isinstance(b, str) else b
    out = []
    while a <= b:
        if opening(a) and (wds is None or a.isoweekday() in wds): out.append(iso(a))
        a += D.timedelta(1)
    return out
DAYS = dict(lun=1, mar=2, mer=3, jeu=4, ven=5)
def nxt(now, w):
    t = d(now); x = t + D.timedelta(1)
    while x.isoweekday() != DAYS[w]: x += D.timedelta(1)
    return iso(x)
def prv(now, w):
    t = d(now); x = t - D.timedelta(1)
    while x.isoweekday() != DAYS[w]: x -= D.timedelta(1)
    return iso(x)
def plus(now, n): return iso(d(now) + D.timedelta(n))
def nextweek(now, w=None):
    t = d(now); mon = t + D.timedelta(7 - t.weekday())
    if w: return iso(mon + D.timedelta(DAYS[w] - 1))
    return R(mon, mon + D.timedelta(4))
def thisweek(now):
    t = d(now); return R(t, t + D.timedelta(4 - t.weekday()))
PER = {  # Monday after official start .. day before classes resume
 ('toussaint',2025):('2025-10-20','2025-11-02'), ('noel',2025):('2025-12-22','2026-01-04'),
 ('hiver',2026):('2026-02-23','2026-03-08'), ('printemps',2026):('2026-04-20','2026-05-03'),
 ('ete',2026):('2026-07-06','2026-08-31'), ('toussaint',2026):('2026-10-19','2026-11-01'),
 ('noel',2026):('2026-12-21','2027-01-03'), ('hiver',2027):('2027-02-22','2027-03-07'),
 ('printemps',2027):('2027-04-19','2027-05-02'), ('ete',2027):('2027-07-05','2027-08-31')}
def hol(k, y, week=None):
    a, b = PER[(k, y)]
    if week: a = iso(d(a) + D.timedelta(7*(week-1))); b = iso(d(a) + D.timedelta(4))
    return R(a, b)
A = ['Léa','Hugo','Inès']; B = ['Chloé','Adam']; C = ['Nathan']; Dz = ['Zoé','Noé']; E = ['Éléonore','Maël','Adam']; F = ['Maël']; G = ['Noé','Nathan','Zoé']
rows = []
def t(text, now, fam, intent, dates=(), kids=()):
    if isinstance(dates, str): dates = [dates]
    rows.append(dict(id='own-%03d' % (len(rows)+1), text=text, now=now, children=fam,
                     expected=dict(intent=intent, dates=sorted(set(x for x in dates if opening(d(x)))), children=list(kids))))
