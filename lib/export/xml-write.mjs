// @ts-check
/** A tree read by xml-read.mjs written again as docx writes one (docx-parts.mjs writes the parts it filled). */
import { UnreadableXml } from './xml-read.mjs';

const TEXT_ESCAPES = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ALL_ESCAPES = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ESCAPED = /** @type {Record<string, string>} */ ({ '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' });
/** @param {string} c */
const escaped = (c) => ESCAPED[c] ?? '';

/** @param {Record<string, unknown> | undefined} attributes */
function attributesXml(attributes) {
  let out = '';
  if (attributes) {
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined && value !== null) out += ` ${key}="${String(value).replace(ALL_ESCAPES, escaped)}"`;
    }
  }
  return out;
}

/** @param {any} node @param {string[]} out */
export function writeNode(node, out) {
  if (node.type === 'element') {
    const elements = node.elements;
    const open = `<${node.name}${attributesXml(node.attributes)}`;
    if ((elements && elements.length > 0) || node.attributes?.['xml:space'] === 'preserve') {
      out.push(`${open}>`);
      if (elements) for (const child of elements) writeNode(child, out);
      out.push(`</${node.name}>`);
    } else out.push(`${open}/>`);
  } else if (node.type === 'text') out.push(String(node.text).replace(TEXT_ESCAPES, escaped));
  else throw new UnreadableXml(`Knoten ${String(node.type)}`);
}

/** A parsed tree written as docx writes one. @param {any} document */
export function stringifyXml(document) {
  /** @type {string[]} */
  const out = [document.declaration ? `<?xml${attributesXml(document.declaration.attributes)}?>` : ''];
  for (const node of document.elements ?? []) writeNode(node, out);
  return out.join('');
}
