/**
 * Regression guard: the figures of the understanding layer on every evaluation set must
 * stay at or above those measured (minus a small margin). The frozen sets (eval/frozen/)
 * are measured here by their figures only: their sentences are read by nobody who tunes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../../src/understanding/evaluation/evaluate';
import { loadEvaluationCases } from '../../../src/understanding/evaluation/evaluationCase';
import { sharedUnderstander } from '../../../src/understanding/understand';

const repoRoot = path.resolve(__dirname, '../../..');

function score(file: string) {
  const understander = sharedUnderstander();
  const cases = loadEvaluationCases(path.join(repoRoot, file));
  const got = cases.map((c) => understander.understand(c.text, { now: c.now, children: c.children }));
  return evaluate(cases, got, 0).summary;
}

// Measured at the end of round 5 (issue 9), after the leak audit, with `npm run eval:nlu -- FILE`:
// intent, dates, children, reserve↔cancel swap rate. Floors are those minus MARGIN (swaps plus it).
const MARGIN = 0.02;
const MEASURED: ReadonlyArray<[file: string, intent: number, dates: number, children: number, swaps: number]> = [
  ['test/understanding/fixtures/dev.jsonl', 1.0, 1.0, 1.0, 0],
  ['eval/sets/own-test.jsonl', 0.995, 0.984, 1.0, 0],
  ['eval/sets/holdout-2.jsonl', 0.993, 1.0, 1.0, 0],
  ['eval/sets/holdout-3.jsonl', 1.0, 1.0, 0.984, 0],
  ['eval/sets/lead-holdout.jsonl', 1.0, 1.0, 1.0, 0],
  ['eval/sets/independent-b.jsonl', 0.931, 0.981, 0.989, 0.013],
  // A and C: raised to their figures of 2 December (still frozen, counted only).
  ['eval/frozen/set-a.jsonl', 0.953, 0.976, 0.995, 0.028],
  ['eval/frozen/set-c.jsonl', 0.961, 0.972, 0.972, 0.0],
  // Set D: written from the contract only; first measured 0.909 / 0.947 / 0.985 / 0.012 while frozen, read from 1 December.
  ['eval/sets/independent-d.jsonl', 0.909, 0.947, 0.985, 0.012],
  // Set E: written on 1 December from the contract only (12 leaking lines left out); first measured 0.844 / 0.925 / 0.958 / 0.047 while frozen, read from 1 December (second session).
  ['eval/sets/independent-e.jsonl', 0.844, 0.925, 0.958, 0.047],
  // Set F: written on 1 December from the contract only (13 leaking lines left out); first measured 0.881 / 0.961 / 0.990 / 0.051 (on the code of 3883411) while frozen, read from the end of 1 December.
  ['eval/sets/independent-f.jsonl', 0.881, 0.961, 0.99, 0.051],
  // Set G: written at the end of 1 December from the contract only (15 leaking lines left out); first measured 0.872 / 0.953 / 0.959 / 0.069 (on e56aed2; 0.869 / 0.953 / 0.956 / 0.053 on 3883411), read from 2 December; floor at its tuned figures.
  ['eval/sets/independent-g.jsonl', 0.968, 0.977, 0.985, 0.005],
  // Set H: written on 2 December from the contract only (8 leaking lines and 6 labelled "ambiguous", which the format cannot score, left out); first measured 0.912 / 0.903 / 0.961 / 0.032 (on a56109f; 0.903 / 0.903 / 0.961 / 0.046 on 7fa259f), read from 3 December; floor at its tuned figures of 3 December.
  ['eval/sets/independent-h.jsonl', 0.972, 0.983, 0.972, 0.023],
  // Set I: written on 3 December from the contract only (13 leaking lines left out); first measured 0.927 / 0.925 / 0.973 / 0.005 (on b6170e9), read from the session of 1 December (machine clock) on; floor at its tuned figures of that session.
  ['eval/sets/independent-i.jsonl', 0.995, 0.968, 0.981, 0.0],
  // Set J: written at the start of the session of 1 December (machine clock) from the contract only (19 leaking lines left out); first measured 0.950 / 0.966 / 0.979 / 0.019 (on 746ea35 with the follow-up fix), read and tuned on from the next session (1 December, 22:40 machine clock) on; floor at its figures of the end of that session.
  ['eval/sets/independent-j.jsonl', 0.997, 0.995, 0.987, 0.0],
  // Set K: written at the start of the session of 1 December 22:40 (machine clock) from the contract only (22 leaking lines left out); first measured 0.920 / 0.951 / 0.971 / 0.017 (on cd45330; the same on 639d63b), read and tuned on from the same session on, once set L was frozen; floor at its figures of the end of that session.
  ['eval/sets/independent-k.jsonl', 0.961, 0.98, 0.976, 0.006],
  // Set L: written in the session of 1 December 22:40 (machine clock) from the contract only (23 leaking lines left out); first measured 0.905 / 0.950 / 0.983 / 0.026 (on b699631; the same on 639d63b), frozen until set M was, read and tuned on from the session of 2 December 02:05 (machine clock) on; floor at its figures of the end of that session.
  ['eval/sets/independent-l.jsonl', 0.988, 0.986, 0.993, 0.011],
  // Set M: written at the start of the session of 2 December 02:05 (machine clock) from the contract only (451 written, 23 leaking lines left out); first measured 0.944 / 0.979 / 0.963 / 0.010 (on 8905947), frozen; floor at its figures of the end of that session (0.949 / 0.979 / 0.979 / 0.005; the children's figure rose after error categories were counted, never read, see the closing note). Raised to 0.953 / 0.984 / 0.988 on 4 December (session of 01:19), where it stands after the changes for set AH; still never read.
  ['eval/frozen/set-m.jsonl', 0.953, 0.984, 0.988, 0.005],
  // Set N: written in the middle of the session of 2 December 02:05 (machine clock) from the contract only (412 written, 23 leaking lines left out); first measured 0.941 / 0.964 / 0.985 / 0.027 on 8905947 (the session's start) and 0.941 / 0.967 / 0.985 / 0.033 on f29aa19, frozen until set O was, read and tuned on from the session of 2 December 05:33 (machine clock) on; floor at its figures of the end of that session.
  ['eval/sets/independent-n.jsonl', 0.992, 0.992, 0.987, 0.005],
  // Set O: written at the start of the session of 2 December 05:33 (machine clock) by three helpers, each from the contract only and with a persona of their own (450 written, 24 leaking lines left out); first measured 0.941 / 0.984 / 0.993 / 0.015 on ff47489 (the session's start) and 0.944 / 0.984 / 0.993 / 0.015 on 48e53ac, frozen until set P was, then read and tuned on in the same session; floor at its figures of the end of that session.
  ['eval/sets/independent-o.jsonl', 0.988, 0.988, 0.995, 0.01],
  // Set P: written in the session of 2 December 05:33 (machine clock) by three more helpers, each from the contract only with a persona of their own (450 written, 25 leaking lines left out); first measured 0.946 / 0.979 / 0.998 / 0.020 on ff47489 and 0.951 / 0.979 / 0.998 / 0.020 at the end of that session (5569c66), frozen until set Q was, read and tuned on from the session of 2 December 09:03 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-p.jsonl', 0.991, 1.0, 1.0, 0.0],
  // Set Q: written at the start of the session of 2 December 09:03 (machine clock) by three helpers, each from the contract only with a persona of their own (a social worker helping families write, a retired headmaster, a chat-support agent; 450 written, 32 leaking lines left out); first measured 0.974 / 0.990 / 0.993 / 0.000 on 5569c66 (the session's start), frozen. Raised to 0.983 / 0.990 / 0.998 on 4 December (session of 01:19), and to 0.986 / 0.990 / 0.998 in the session of 05:15; still never read.
  ['eval/frozen/set-q.jsonl', 0.986, 0.99, 0.998, 0.0],
  // Set R: written in the session of 2 December 09:03 (machine clock) by three more helpers, each from the contract only with a persona of their own, in the two weakest voices only (grandparent and non-native; 450 written, 4 leaking lines left out); first measured 0.924 / 0.962 / 0.984 / 0.010 on 5569c66 (the session's start) and 0.924 / 0.964 / 0.987 / 0.010 on 0eb04ca, frozen until set S was, then read and tuned on in the same session; floor at its figures of the end of that session.
  ['eval/sets/independent-r.jsonl', 0.989, 0.987, 1.0, 0.005],
  // Set S: written in the session of 2 December 09:03 (machine clock) by three more helpers, each from the contract only with a persona of their own, grandparent and non-native voices only (450 written, 5 leaking lines left out); first measured 0.919 / 0.948 / 0.989 / 0.030 on 5569c66 (the session's start) and 0.924 / 0.953 / 0.991 / 0.030 on 624ca5a, frozen until set T was, then read and tuned on from the session of 2 December 12:30 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-s.jsonl', 1.0, 0.993, 0.998, 0.0],
  // Set T: written at the start of the session of 2 December 12:30 (machine clock) by three helpers, each from the contract only with a persona of their own (a public letter-writer at a social centre, a home-care nurse, a retired postman at the maison des solidarités), grandparent and non-native voices only (450 written, 7 leaking lines left out); first measured 0.892 / 0.930 / 0.980 / 0.020 on 75d34a4 (the session's start) and 0.896 / 0.941 / 0.980 / 0.020 at its end (7350377), frozen until set U was, then read and tuned on from the session of 2 December 15:46 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-t.jsonl', 0.989, 0.98, 0.986, 0.0],
  // Set U: written at the start of the session of 2 December 15:46 (machine clock) by three helpers, each from the contract only with a persona of their own (a town-hall reception agent, a teacher of French as a foreign language, a school crossing guard), grandparent and non-native voices only (450 written, 5 leaking lines left out); first measured 0.924 / 0.928 / 0.984 / 0.020 on 7350377 (the session's start) and 0.926 / 0.935 / 0.984 / 0.020 on 31afe34, frozen until set V was, then read and tuned on from the session of 2 December 23:27 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-u.jsonl', 0.996, 0.987, 0.993, 0.0],
  // Set V: written at the start of the session of 2 December 23:27 (machine clock) by three helpers, each from the contract only with a persona of their own (a CCAS social worker, a literacy volunteer who is also a retired postman, a social-housing caretaker), grandparent and non-native voices only (450 written, 4 leaking lines left out); first measured 0.942 / 0.980 / 0.989 / 0.010 on 31afe34 (the session's start) and 0.942 / 0.980 / 0.991 / 0.010 on e7a094f, frozen until set W was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-v.jsonl', 0.969, 0.991, 0.991, 0.0],
  // Set W: written in the session of 2 December 23:27 (machine clock) by three helpers, each from the contract only with a persona of their own (a pharmacist, a volunteer of a neighbourhood association, a bus driver), grandparent and non-native voices only (300 written, 2 leaking lines left out); first measured 0.963 / 0.983 / 0.997 / 0.023 on 31afe34 (the session's start) and 0.970 / 0.983 / 0.997 / 0.023 on e7a094f (after set U was read), frozen until set X was, then read and tuned on from the session of 3 December 06:33 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-w.jsonl', 1.0, 1.0, 1.0, 0.0],
  // Set X: written at the start of the session of 3 December 06:33 (machine clock) by three helpers, each from the contract only with a persona of their own (a night-shift nurse, a retired railway worker at the digital help desk, a youth football coach), in all five voices (300 written, 10 leaking lines left out); first measured 0.972 / 0.983 / 0.993 / 0.013 on 4a491f8 (the session's start) and the same at 24d6c66 (after set W was read), frozen until set Y was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-x.jsonl', 0.997, 0.993, 1.0, 0.0],
  // Set Y: written in the session of 3 December 06:33 (machine clock) by three helpers, each from the contract only with a persona of their own (a canteen cook, a retired nurse at the maison des familles, an IT student at the town hall's reception), in all five voices, with care for messages whose polarity turns on a small word (300 written, 4 leaking lines left out); first measured 0.956 / 0.973 / 0.993 / 0.013 on 4a491f8 (the session's start) and 0.956 / 0.976 / 0.993 / 0.013 on b7e47aa and on 4bb14a0 (after set X was read), frozen until set Z was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-y.jsonl', 1.0, 0.993, 0.997, 0.0],
  // Set Z: written in the session of 3 December 06:33 (machine clock) by three helpers, each from the contract only with a persona of their own (a bus driver and union delegate, a speech therapist, a librarian running a digital workshop for parents), in all five voices (300 written, 8 leaking lines left out); first measured 0.955 / 0.976 / 0.997 / 0.000 on 4a491f8 (the session's start) and the same on 4bb14a0 and e5ee702 (after sets W, X and Y were read), frozen until set AA was, then read and tuned on from the session of 3 December 09:21 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-z.jsonl', 1.0, 0.997, 0.997, 0.0],
  // Set AA: written at the start of the session of 3 December 09:21 (machine clock) by three helpers, each from the contract only with a persona of their own (a pharmacy assistant, a volunteer at a French-as-a-foreign-language association, a bike courier and single father), in all five voices (300 written, 12 leaking lines left out); first measured 0.986 / 0.979 / 0.969 / 0.006 on df71277 (the session's start, same behaviour as e5ee702) and 0.990 / 0.979 / 0.969 / 0.006 on 8dfc4f3 (after set Z was read), frozen until set AB was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-aa.jsonl', 0.997, 0.986, 0.983, 0.006],
  // Set AB: written in the session of 3 December 09:21 (machine clock) by three helpers, each from the contract only with a persona of their own (a hairdresser, a nursery-school classroom assistant, a warehouse night worker who dictates), in all five voices (300 written, 24 leaking or repeated lines left out); first measured 0.971 / 0.975 / 0.993 / 0.000 on 8dfc4f3 and 0.975 / 0.975 / 0.993 / 0.000 on 2cec19d, frozen until set AC was, then read and tuned on from the session of 3 December 13:00 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-ab.jsonl', 1.0, 0.996, 1.0, 0.0],
  // Set AC: written at the start of the session of 3 December 13:00 (machine clock) by three helpers, each from the contract only with a persona of their own (a secretary at an orthodontist's practice, a family-allowance social worker helping newly arrived families, a taxi driver and father of three who dictates), in all five voices (300 written, 6 leaking lines left out); first measured 0.959 / 0.932 / 0.997 / 0.006 on 2cec19d (the session's start) and the same on 3a663a4 (after set AB was read), frozen until set AD was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-ac.jsonl', 0.99, 0.976, 1.0, 0.006],
  // Set AD: written in the session of 3 December 13:00 (machine clock) by three helpers, each from the contract only with a persona of their own (a receptionist at a neighbourhood medical centre, a food-bank volunteer helping families with online forms, a delivery driver and mother of two who dictates), in all five voices (300 written, 11 leaking lines left out); first measured 0.965 / 0.962 / 0.990 / 0.007 on 3a663a4 (the same on 2cec19d, the session's start) and 0.965 / 0.976 / 0.990 / 0.007 on 6d075ad, frozen until set AE was, then read and tuned on from the session of 3 December 17:17 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-ad.jsonl', 0.99, 0.99, 0.99, 0.0],
  // Set AE: written at the start of the session of 3 December 17:17 (machine clock) by three helpers, each from the contract only with a persona of their own (a school crossing guard who hears parents every morning, an evening-class teacher of French to adults who also writes for their relatives, a truck dispatcher and father of two who dictates and relays messages), in all five voices (300 written, 14 leaking lines left out); first measured 0.986 / 0.934 / 0.986 / 0.006 on 6d075ad (the session's start) and 0.986 / 0.941 / 0.986 / 0.006 on bf4387c (after set AD was read), frozen until set AF was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-ae.jsonl', 0.997, 0.955, 0.99, 0.0],
  // Set AF: written in the session of 3 December 17:17 (machine clock) by three helpers, each from the contract only with a persona of their own (a midwife and mother of three, a Secours populaire help-desk volunteer who types for elderly people and newcomers, a night-shift security guard who dictates and relays his wife's requests), in all five voices (300 written, 13 leaking lines left out); first measured 0.986 / 0.951 / 0.997 / 0.000 on bf4387c (the same on 6d075ad, the session's start), frozen until set AG was, then read and tuned on from the session of 3 December 20:42 (machine clock) on; floor at its figures of that session.
  ['eval/sets/independent-af.jsonl', 1.0, 0.983, 0.997, 0.0],
  // Set AG: written at the start of the session of 3 December 20:42 (machine clock) by three helpers, each from the contract only with a persona of their own (a park gardener and single father who relays his son's football team's parents, a retired notary's clerk and grandfather who writes for his daughters' families, a social-centre interpreter for newly arrived families and mother of twins), in all five voices (300 written, 22 leaking lines left out); first measured 0.982 / 0.989 / 0.989 / 0.020 (3 swaps) on b3d4e50 (the same on 795f95f, the previous session's end), frozen until set AH was, then read and tuned on in the same session; floor at its figures of that session.
  ['eval/sets/independent-ag.jsonl', 0.996, 0.996, 0.996, 0.0],
  // Set AH: written in the session of 3 December 20:42 (machine clock) by three helpers, each from the contract only with a persona of their own (a hospital cleaning-team supervisor on rotating shifts who changes her mind mid-message, a retired primary-school teacher writing for the grandparents of the senior club, a Brazilian-born cook who learned French on the job and dictates in the kitchen), in all five voices (300 written, 14 leaking lines left out); first measured 0.990 / 0.944 / 0.990 / 0.003 on 795f95f (the previous session's end) and 0.990 / 0.948 / 0.990 / 0.003 on b7bf2dd (after set AF was read), frozen until set AI was, then read and tuned on from the session of 4 December 01:19; floor at its figures after that session's changes.
  ['eval/sets/independent-ah.jsonl', 1.0, 0.997, 1.0, 0.0],
  // Set AI: written at the start of the session of 4 December 01:19 (machine clock) by three helpers, each from the contract only with a persona of their own (a firefighter on 24-hour shifts who relays his neighbours' messages, a great-aunt raising her grand-nephews who corrects herself mid-letter, a Vietnamese-born nail-salon owner who dictates at work and writes for her cousins), in all five voices (300 written, 15 leaking lines left out); first measured 0.979 / 0.947 / 0.968 / 0.013 (2 swaps) on 1f0c202 (the previous session's end) and the same on 2ee91b3 after set AH was read, frozen until set AJ was, then read and tuned on in the same session (0.986 / 0.965 / 0.996 / 0.007 after).
  ['eval/sets/independent-ai.jsonl', 0.986, 0.965, 0.996, 0.007],
  // Set AJ: written in the session of 4 December 01:19 (machine clock) by three helpers, each from the contract only with a persona of their own (a school-canteen dinner lady and mother of four who gives each child their own days, a retired railway worker and grandfather of twins who dictates and talks to the assistant as to a clerk, a Ukrainian-born hospital pharmacist who asks a question and a change in one message), in all five voices (300 written, 12 leaking lines left out); first measured 0.979 / 0.941 / 0.944 / 0.0 on 1f0c202 (the previous session's end) and the same on 2ee91b3 and 04997df, frozen until set AK was, then read and tuned on from the session of 4 December 05:15 (machine clock); floor at its figures after that session's changes.
  ['eval/sets/independent-aj.jsonl', 0.993, 0.979, 0.969, 0.0],
  // Set AK: written at the start of the session of 4 December 05:15 (machine clock) by three helpers, each from the contract only with a persona of their own (a baker who starts at 3 a.m. and shares custody one week in two, a retired notary and grandmother who writes enumerated letters and corrects her weekdays, a Sri-Lankan-born restaurant cook who dictates between services and mixes in English words, his wife taking the phone), in all five voices (300 written, 7 leaking lines left out); first measured 0.973 / 0.925 / 0.986 / 0.006 (1 swap) on 04997df (the previous session's end) and 0.976 / 0.925 / 0.986 / 0.006 on f28c726 (after set AJ was read), frozen until set AL was, then read and tuned on from the same session; floor at its figures after that session's changes.
  ['eval/sets/independent-ak.jsonl', 0.976, 0.942, 0.986, 0.006],
  // Set AL: written in the session of 4 December 05:15 (machine clock) by three helpers, each from the contract only with a persona of their own (a hospital night porter and father of twins who names days from other days, a retired bank clerk and grandfather who writes ranges with exceptions, a Malian-born market trader who dictates between customers and corrects herself), in all five voices (300 written, 1 leaking line left out); first measured 0.983 / 0.920 / 0.960 / 0.006 (1 swap) on 04997df (the previous session's end) and 0.983 / 0.920 / 0.967 / 0.006 on f28c726 (after set AJ was read) and on 6c79dc3, frozen until set AM was, then read and tuned on from the session of 4 December 11:19 (machine clock); floor at its figures after that session's changes.
  ['eval/sets/independent-al.jsonl', 0.997, 0.97, 0.993, 0.0],
  // Set AM: written at the start of the session of 4 December 11:19 (machine clock) by three helpers, each from the contract only with a persona of their own (a single father and delivery driver who counts in weeks, his mother and partner writing too; a Portuguese-born concierge and grandmother of four who mixes in Portuguese words, her daughters writing too; a primary-school teacher who writes dates as numbers and changes her mind, her husband a police officer on shifts), in all five voices (300 written, 13 leaking lines left out); first measured 0.979 / 0.934 / 0.979 / 0.006 (1 swap) on 6c79dc3 (the previous session's end) and 0.979 / 0.937 / 0.979 / 0.006 on f33c968 (after set AL was read), frozen until set AN was, then read and tuned on in the same session; floor at its figures after that session's changes.
  ['eval/sets/independent-am.jsonl', 0.979, 0.962, 0.986, 0.006],
  // Set AN: written in the session of 4 December 11:19 (machine clock) by three helpers, each from the contract only with a persona of their own (a supermarket cashier on rotating shifts who asks for several weeks at once, her teenage eldest writing too; a retired headmaster and grandfather who writes long precise letters with ordinal dates and quotes the rules; a Turkish-born mother who runs a kebab shop, dictates while cooking and adds one child while removing another), in all five voices (300 written, 5 leaking lines left out); first measured 0.993 / 0.881 / 0.969 / 0.006 (1 swap) on 6c79dc3 (the session's start) and 0.993 / 0.885 / 0.973 / 0.006 on f33c968 (after set AL was read), 0.993 / 0.888 / 0.976 / 0.006 on f8a4b4d, frozen until set AO was, then read and tuned on from the session of 4 December 14:31 (machine clock); floor at its figures after that session's changes.
  ['eval/sets/independent-an.jsonl', 0.993, 0.946, 0.983, 0.006],
  // Set AO: written at the start of the session of 4 December 14:31 (machine clock) by three helpers, each from the contract only with a persona of their own (a night-shift nurse and single mother of two, her neighbour picking up; a Malian-born bus driver on rotating services, his wife a baker, three children; grandparents who keep their grandchildren three days a week, the grandmother dictating, the grandfather writing letters), in all five voices (300 written, 6 leaking lines left out); first measured 0.959 / 0.942 / 0.983 / 0.026 (4 swaps), all three 0.895, on f8a4b4d (the previous session's end), and 0.959 / 0.946 / 0.983 / 0.026 at the end of that session; frozen.
  ['eval/frozen/set-ao.jsonl', 0.959, 0.946, 0.983, 0.026],
];

describe('understanding figures', () => {
  test.each(MEASURED)('hold on %s', (file, intent, dates, children, swaps) => {
    const s = score(file);
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(intent - MARGIN);
    expect(s.datesExact).toBeGreaterThanOrEqual(dates - MARGIN);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(children - MARGIN);
    expect(s.swapRate).toBeLessThanOrEqual(swaps + MARGIN);
    expect(s.ambiguousShare).toBeLessThanOrEqual(0.05);
  });

  const shared = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
  (existsSync(shared) ? it : it.skip)('hold on the shared dev set when it sits beside the repository', () => {
    const s = score(path.relative(repoRoot, shared));
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.datesExact).toBeGreaterThanOrEqual(0.95);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(0.98);
  });
});
