import { sniffFileType } from '../../src/documents/fileTypeSniffer';
import { aHeic, aHeifMif1, aJpeg, anAvif, anElfExecutable, aPdf, aPng, aTextFile, aWindowsExecutable, aZip } from './support/fileMother';

describe('sniffFileType decides by the first bytes', () => {
  it.each([
    ['PDF', aPdf(), { accepted: true, mediaType: 'application/pdf' }],
    ['JPEG', aJpeg(), { accepted: true, mediaType: 'image/jpeg' }],
    ['PNG', aPng(), { accepted: true, mediaType: 'image/png' }],
    ['HEIC (iPhone)', aHeic(), { accepted: true, mediaType: 'image/heic' }],
    ['HEIF (mif1)', aHeifMif1(), { accepted: true, mediaType: 'image/heif' }],
    ['AVIF (lists mif1, still refused)', anAvif(), { accepted: false, kind: 'avif' }],
    ['Windows executable', aWindowsExecutable(), { accepted: false, kind: 'executable' }],
    ['ELF executable', anElfExecutable(), { accepted: false, kind: 'executable' }],
    ['shell script', Buffer.from('#!/bin/sh\nrm -rf /\n'), { accepted: false, kind: 'executable' }],
    ['zip (also .docx)', aZip(), { accepted: false, kind: 'archive' }],
    ['plain text', aTextFile(), { accepted: false, kind: 'unknown' }],
    ['HTML', Buffer.from('<!doctype html><html>'), { accepted: false, kind: 'unknown' }],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'), { accepted: false, kind: 'unknown' }],
    ['"%PDF" not at the start', Buffer.concat([Buffer.from('MZ'), aPdf()]), { accepted: false, kind: 'executable' }],
    ['a truncated PNG signature', Buffer.from('89504e47', 'hex'), { accepted: false, kind: 'unknown' }],
    ['nothing', Buffer.alloc(0), { accepted: false, kind: 'unknown' }],
  ])('%s', (_label, bytes, expected) => {
    expect(sniffFileType(bytes.subarray(0, 64))).toEqual(expected);
  });
});
