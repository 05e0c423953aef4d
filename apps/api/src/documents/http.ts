// GET /documents/<id>.pdf — a signed document as PDF, authorised like the record it belongs to: the applicant of
// its application, the staff who may read that application whole (access.ts, PERSONAL level), the licence's
// holder, those who may read its complaint whole (the complainant, its handlers); nobody else (404 for a document that does not exist or that the viewer may not read, alike).
// The JSON of the check is public: GraphQL `verifyDocument`.
import type http from 'node:http';
import type { Services } from '../services.ts';
import type { Viewer } from '../auth/viewer.ts';
import { applicationScope, complaintScope, readsEverything } from '../access.ts';

export const DOCUMENT_PATH = /^\/documents\/([0-9a-z]{20,40})\.pdf$/i;

export async function mayReadDocument(services: Services, viewer: Viewer | null, doc: { applicationId: string | null; licenceId: string | null; complaintId: string | null }): Promise<boolean> {
  if (!viewer) return false;
  // a complaint's document is read exactly as its complaint is (the matrix's Complaint row: a quality inspector
  // reads only the complaints addressed to the quality-control body)
  if (doc.complaintId) return (await services.db.prisma.complaint.count({ where: { AND: [{ id: doc.complaintId }, complaintScope(viewer, 'PERSONAL')] } })) > 0;
  if (readsEverything(viewer)) return true;
  if (doc.applicationId) {
    const n = await services.db.prisma.serviceApplication.count({ where: { AND: [{ id: doc.applicationId }, applicationScope(viewer, 'PERSONAL')] } });
    if (n > 0) return true;
  }
  if (doc.licenceId && viewer.personId) {
    const n = await services.db.prisma.licence.count({ where: { id: doc.licenceId, holderId: viewer.personId } });
    if (n > 0) return true;
  }
  return false;
}

export async function serveDocumentPdf(
  services: Services,
  viewerOf: (authorization: string | undefined) => Promise<{ viewer: Viewer | null; authError: string | null }>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
): Promise<void> {
  const m = DOCUMENT_PATH.exec(pathname);
  if (!m || req.method !== 'GET') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found.');
    return;
  }
  const { viewer, authError } = await viewerOf(req.headers.authorization);
  if (authError || !viewer) {
    res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end(authError ?? 'Sign in to download the document.');
    return;
  }
  const doc = await services.db.prisma.signedDocument.findUnique({ where: { id: m[1]! } });
  if (!doc || !(await mayReadDocument(services, viewer, doc))) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found.');
    return;
  }
  // firststart: pdf-lib and fontkit (about 0.45 s of CPU to load) are loaded by the first download, not at start
  const { documentPdf } = await import('./pdf.ts');
  const bytes = await documentPdf(doc);
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': String(bytes.length),
    'content-disposition': `attachment; filename="${doc.number}.pdf"`,
    'cache-control': 'private, no-store',
    'x-document-key-id': doc.keyId,
    'access-control-expose-headers': 'content-disposition, x-document-key-id',
  });
  res.end(Buffer.from(bytes));
}
