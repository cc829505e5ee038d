import { DOWNLOAD_FAILURE_CODES } from '../../src/documents/downloadOutcome';
import { attachmentMessageFr } from '../../src/documents/messages.fr';

describe('French messages for refused attachments', () => {
  it.each(DOWNLOAD_FAILURE_CODES)('%s: a short, polite sentence that says what to do', (code) => {
    const message = attachmentMessageFr(code, { maxMegabytes: 10 });
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/(Envoyez|Joignez|Pouvez-vous)/);
    expect(message).not.toMatch(/\b(tu|ton|ta|tes)\b/); // vouvoiement
    expect(message).not.toMatch(/\b(host|URL|DNS|HTTP|IP|error)\b/i);
  });

  it('states the configured size limit', () => {
    expect(attachmentMessageFr('too_large', { maxMegabytes: 4 })).toContain('4 Mo au plus');
    expect(attachmentMessageFr('unsupported_type', { maxMegabytes: 2.5 })).toBe("Ce fichier n'est pas accepté. Envoyez une photo (JPEG, PNG, HEIC) ou un PDF, de 2,5 Mo au plus.");
  });
});
