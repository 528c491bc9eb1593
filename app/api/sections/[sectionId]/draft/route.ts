import { requireActor } from '@/app/_lib/session';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { describeError } from '@/lib/shared/action-result';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { DATA_ANSWER_POLICY } from '@/lib/security/content-security-policy';
import { assertSameOriginWrite } from '../../../../_lib/same-origin';

// Autosave endpoint. A route handler (not a server action) so the browser can send
// the last changes with `fetch(…, { keepalive: true })` while a page is closing.
// Only from our own pages, as JSON (see assertSameOriginWrite).
export async function POST(request: Request, { params }: { params: Promise<{ sectionId: string }> }) {
  const { sectionId } = await params;
  try {
    assertSameOriginWrite(request);
    const actor = await requireActor();
    const raw = await request.text();
    // The editor's own limit is far below this; anything larger is not a section.
    if (raw.length > MAX_REQUEST_CHARS) throw new AppError('invalid_input', 'Der Text ist zu groß, um gespeichert zu werden.');
    const body = parseJson(raw) as { baseRevision?: unknown; content?: unknown } | null;
    const saved = await saveSectionDraft(actor, { sectionId, baseRevision: body?.baseRevision, content: body?.content });
    return Response.json({ revision: saved.revision, savedAt: saved.savedAt, isUnchanged: saved.isUnchanged, status: saved.status }, SMALL_ANSWER);
  } catch (error) {
    const described = describeError(error);
    return Response.json({ error: described }, { ...SMALL_ANSWER, status: HTTP_STATUS[described.code] });
  }
}

export const dynamic = 'force-dynamic';

const MAX_REQUEST_CHARS = 2_000_000;

/**
 * Never stored, never transformed: Next compresses every answer without `no-transform`, and gzip
 * costs an autosave more CPU (about 2 ms) than it saves on a hundred bytes (a conflict's answer
 * carries the other text, but a section is small and a conflict rare). The route skips proxy.ts,
 * so its answer brings its own Content-Security-Policy.
 */
const SMALL_ANSWER = { headers: { 'cache-control': 'no-store, no-transform', 'content-security-policy': DATA_ANSWER_POLICY } };

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
