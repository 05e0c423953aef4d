// The PDF of a signed document (pdf-lib, fonts through @pdf-lib/fontkit): the signed content in the applicant's
// language with DejaVu Sans embedded (it has every Kazakh letter: ә ғ қ ң ө ұ ү һ і; the font's licence is in the
// dejavu-fonts-ttf package), the signature block (key id, hash, date), and a QR code (qrcode) that leads to the
// portal's public check page. The signed envelope and its signature are attached to the file
// (oryndau-signature.json), so that the file itself can be checked offline with the platform's public key.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import QRCode from 'qrcode';
import type { SignedDocument } from '@oryndau/db';
import { canonicalJson, envelopeOf } from './sign.ts';
import { FIELD, TEXT, tr } from './labels.ts';
import { qrPayload } from './verify.ts';

const require = createRequire(import.meta.url);
let fonts: { regular: Uint8Array; bold: Uint8Array } | null = null;
function fontBytes() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** The signed content as the PDF shows it (documents/content.ts builds it). */
export interface DocumentContent {
  title: string;
  lines: Array<[string, string]>;
  paragraphs?: string[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

export async function documentPdf(document: SignedDocument, opts: { portalUrl?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const { regular, bold } = fontBytes();
  const font = await pdf.embedFont(regular, { subset: true });
  const fontBold = await pdf.embedFont(bold, { subset: true });
  const content = document.content as unknown as DocumentContent;
  const locale = document.locale;
  pdf.setTitle(`${content.title} № ${document.number}`);
  pdf.setAuthor(tr(TEXT.licensor, locale));
  pdf.setProducer('Oryndau');
  pdf.setLanguage(locale === 'KK' ? 'kk' : locale === 'RU' ? 'ru' : 'en');
  pdf.setCreationDate(document.signedAt);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const ensure = (h: number) => {
    if (y - h < MARGIN) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const text = (s: string, size: number, f: PDFFont = font, indent = 0, color = rgb(0, 0, 0)) => {
    for (const line of wrap(s, f, size, width - indent)) {
      ensure(size * 1.4);
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font: f, color });
      y -= size * 1.4;
    }
  };

  text(tr(TEXT.licensor, locale), 10, font, 0, rgb(0.3, 0.3, 0.3));
  y -= 8;
  text(content.title, 16, fontBold);
  text(`№ ${document.number}`, 12, fontBold);
  y -= 10;
  for (const [label, value] of content.lines) {
    text(label, 9, font, 0, rgb(0.35, 0.35, 0.35));
    text(value || '—', 11, font, 12);
    y -= 3;
  }
  for (const p of content.paragraphs ?? []) {
    y -= 6;
    text(p, 11);
  }

  // the signature block and the QR code
  const payload = qrPayload(document, opts.portalUrl);
  const qr = await pdf.embedPng(await QRCode.toBuffer(payload, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' }));
  ensure(150);
  y -= 16;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  y -= 8;
  const top = y;
  page.drawImage(qr, { x: A4[0] - MARGIN - 110, y: top - 110, width: 110, height: 110 });
  const narrow = width - 125;
  const small = (s: string, f: PDFFont = font) => {
    for (const line of wrap(s, f, 8.5, narrow)) {
      page.drawText(line, { x: MARGIN, y: y - 8.5, size: 8.5, font: f });
      y -= 12;
    }
  };
  small(tr(FIELD.signedBy!, locale), fontBold);
  small(`Ed25519 · key ${document.keyId} · ${document.signedAt.toISOString()}`);
  small(`sha256 ${document.contentHash}`);
  small(`${tr(FIELD.verify!, locale)}: ${tr(TEXT.verifyHint, locale)}`);
  small(payload);
  y = Math.min(y, top - 118);

  const envelope = envelopeOf(document);
  await pdf.attach(Buffer.from(canonicalJson({ envelope, contentHash: document.contentHash, signature: document.signature, algorithm: 'Ed25519' }), 'utf8'), 'oryndau-signature.json', {
    mimeType: 'application/json',
    description: 'The signed envelope of this document and its Ed25519 signature',
    creationDate: document.signedAt,
  });
  return pdf.save();
}
