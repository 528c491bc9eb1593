/** Types of zip.mjs (plain JavaScript, for the page-number worker). */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  packed: Uint8Array;
  size: number;
}
export function readZip(data: Uint8Array): ZipEntry[] | undefined;
export function contentOf(entry: ZipEntry): Uint8Array;
export function packEntry(name: string, content: string | Uint8Array): ZipEntry;
export function writeZip(entries: readonly ZipEntry[]): Buffer;
