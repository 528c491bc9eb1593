/**
 * Safety check of an uploaded Word file before anything parses it (issue 14, item 4).
 * Reads the ZIP central directory itself and inflates every entry with a hard output limit,
 * so a file that lies about its sizes cannot expand beyond the bounds. Refuses macros,
 * external references (other than ordinary hyperlinks), DTDs/entities and absurd XML nesting.
 * Nothing in the file is run or fetched. Throws AppError('invalid_input') with a German message.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 30 * 1024 * 1024;
export const MAX_ENTRIES = 1_000;
/** Ordinary DOCX text compresses 5–20×; a ratio above this is a zip bomb, not a document. */
export const MAX_COMPRESSION_RATIO = 200;
export const MAX_XML_DEPTH = 200;

const refuse = (message: string) => new AppError('invalid_input', message, { fields: { file: message } });

const NOT_DOCX = 'Die Datei ist kein Word-Dokument im DOCX-Format. Bitte speichern Sie das Dokument in Word oder LibreOffice als „Word-Dokument (.docx)“.';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readCentralDirectory(buf: Buffer): Entry[] {
  // End of central directory: signature 0x06054b50, searched backwards over the comment (≤ 64 KB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse(NOT_DOCX);
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw refuse('Die Datei ist als ZIP64-Archiv gespeichert; so große Word-Dateien werden nicht übernommen.');
  if (count > MAX_ENTRIES) throw refuse(`Die Datei enthält zu viele Teile (${count.toLocaleString('de-DE')}); so ist kein Word-Dokument aufgebaut.`);
  if (dirOffset + dirSize > buf.length) throw refuse(NOT_DOCX);
  const entries: Entry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw refuse(NOT_DOCX);
    const flags = buf.readUInt16LE(p + 8);
    if (flags & 0x1) throw refuse('Die Datei ist verschlüsselt oder mit einem Kennwort geschützt. Bitte heben Sie den Schutz in Word auf und laden Sie sie erneut hoch.');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(buf: Buffer, entry: Entry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw refuse(NOT_DOCX);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) throw refuse(NOT_DOCX);
  try {
    // The output limit holds even if the directory understates the size.
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw refuse('Die Datei ist beschädigt oder entpackt größer, als sie angibt. Sie wird aus Sicherheitsgründen nicht übernommen.');
  }
}

/** Deepest element nesting of an XML text (a linear scan, no parser). */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) max = Math.max(max, ++depth);
  }
  return max;
}

export interface DocxPackage {
  names: string[];
  /** Text of an XML part, already checked (or undefined when the part is missing). */
  xml(name: string): string | undefined;
}

/**
 * Checks a .docx upload and returns its checked XML parts. `fileName` is the name the browser sent.
 */
export function checkDocxPackage(buffer: Buffer, fileName: string): DocxPackage {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docm') || lower.endsWith('.dotm')) {
    throw refuse('Dokumente mit Makros (.docm) werden nicht übernommen. Bitte speichern Sie das Dokument als „Word-Dokument (.docx)“ ohne Makros.');
  }
  if (lower.endsWith('.doc') || lower.endsWith('.odt') || lower.endsWith('.rtf')) {
    throw refuse('Bitte laden Sie ein Word-Dokument im DOCX-Format hoch (Dateiendung .docx). Ältere .doc- oder .odt-Dateien können Sie in Word oder LibreOffice als .docx speichern.');
  }
  if (buffer.length === 0) throw refuse('Die Datei ist leer.');
  if (buffer.length > MAX_UPLOAD_BYTES) {
    throw refuse(`Die Datei ist zu groß: erlaubt sind ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Große Bilder können Sie vorher aus dem Dokument entfernen oder verkleinern.`);
  }
  if (buffer.readUInt32LE(0) !== 0x04034b50) throw refuse(NOT_DOCX);
  const entries = readCentralDirectory(buffer);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > MAX_ENTRY_BYTES || total > MAX_UNCOMPRESSED_BYTES || (e.compressedSize > 0 && e.size / e.compressedSize > MAX_COMPRESSION_RATIO && e.size > 1024 * 1024)) {
      throw refuse('Die Datei würde entpackt ungewöhnlich groß (ZIP-Bombe). Sie wird aus Sicherheitsgründen nicht übernommen.');
    }
  }
  const names = entries.map((e) => e.name);
  if (names.some((n) => /vbaProject\.bin$|vbaData\.xml$/i.test(n))) {
    throw refuse('Das Dokument enthält Makros. Dokumente mit Makros werden nicht übernommen. Bitte speichern Sie es als „Word-Dokument (.docx)“ ohne Makros.');
  }
  if (!names.includes('word/document.xml') || !names.includes('[Content_Types].xml')) throw refuse(NOT_DOCX);

  const xmlParts = new Map<string, string>();
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const text = inflateEntry(buffer, e).toString('utf8');
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      throw refuse('Das Dokument enthält eine Dokumenttyp-Definition (DTD). Solche Dateien werden aus Sicherheitsgründen nicht übernommen.');
    }
    if (xmlDepth(text) > MAX_XML_DEPTH) {
      throw refuse(`Das Dokument ist zu tief verschachtelt (mehr als ${MAX_XML_DEPTH} Ebenen). Es wird aus Sicherheitsgründen nicht übernommen.`);
    }
    xmlParts.set(e.name, text);
  }
  const contentTypes = xmlParts.get('[Content_Types].xml') ?? '';
  if (/macroEnabled/i.test(contentTypes)) {
    throw refuse('Das Dokument ist ein Word-Dokument mit Makros. Dokumente mit Makros werden nicht übernommen. Bitte speichern Sie es als „Word-Dokument (.docx)“ ohne Makros.');
  }
  // Hyperlinks point outside by nature and stay plain links; anything else external (linked
  // images, attached templates, OLE links, sub-documents, frames) would be fetched by Word.
  for (const [name, text] of xmlParts) {
    if (!name.endsWith('.rels')) continue;
    for (const rel of text.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = rel[0];
      if (!/TargetMode\s*=\s*"External"/i.test(tag)) continue;
      if (/Type\s*=\s*"[^"]*\/hyperlink"/i.test(tag)) continue;
      throw refuse('Das Dokument verweist auf externe Inhalte (z. B. verknüpfte Bilder, Vorlagen oder Objekte), die beim Öffnen nachgeladen würden. Bitte betten Sie sie ein oder entfernen Sie die Verknüpfungen und laden Sie die Datei erneut hoch.');
    }
  }
  return { names, xml: (name) => xmlParts.get(name) };
}
