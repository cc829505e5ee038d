import { fileAttachments, sourceOfAttachment, TEAMS_FILE_DOWNLOAD_INFO } from '../../src/documents/incomingAttachment';

describe('sourceOfAttachment', () => {
  it.each([
    ['Web Chat upload', { contentType: 'application/pdf', contentUrl: 'https://directline.botframework.com/attachments/abc', name: 'certificat.pdf' }, { kind: 'url', url: 'https://directline.botframework.com/attachments/abc', name: 'certificat.pdf' }],
    ['Web Chat inline data: URL', { contentType: 'image/png', contentUrl: 'data:image/png;base64,iVBORw0KGgo=', name: 'p.png' }, { kind: 'data', dataUrl: 'data:image/png;base64,iVBORw0KGgo=', name: 'p.png' }],
    ['Emulator', { contentType: 'image/jpeg', contentUrl: 'http://localhost:51234/v3/attachments/x/views/original', name: 'photo.jpg' }, { kind: 'url', url: 'http://localhost:51234/v3/attachments/x/views/original', name: 'photo.jpg' }],
    [
      'Teams 1:1 file',
      { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'certificat.pdf', contentUrl: 'https://contoso-my.sharepoint.com/personal/x/Documents/certificat.pdf', content: { downloadUrl: 'https://contoso-my.sharepoint.com/personal/x/_layouts/15/download.aspx?UniqueId=1', uniqueId: '1', fileType: 'pdf' } },
      { kind: 'url', url: 'https://contoso-my.sharepoint.com/personal/x/_layouts/15/download.aspx?UniqueId=1', name: 'certificat.pdf' },
    ],
    ['Teams HTML copy of the message', { contentType: 'text/html', content: '<p>voici le certificat</p>' }, undefined],
    ['an adaptive card', { contentType: 'application/vnd.microsoft.card.adaptive', content: {} }, undefined],
    ['no URL at all', { contentType: 'application/pdf' }, undefined],
  ])('%s', (_label, attachment, expected) => {
    expect(sourceOfAttachment(attachment)).toEqual(expected);
  });

  it('keeps only the attachments that carry a file', () => {
    const files = fileAttachments([
      { contentType: 'text/html', content: '<p>x</p>' },
      { contentType: TEAMS_FILE_DOWNLOAD_INFO, content: { downloadUrl: 'https://a.sharepoint.com/d' } },
    ]);
    expect(files.map((file) => file.contentType)).toEqual([TEAMS_FILE_DOWNLOAD_INFO]);
    expect(fileAttachments(undefined)).toEqual([]);
  });
});
