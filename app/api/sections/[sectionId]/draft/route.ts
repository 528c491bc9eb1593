import { requireActor } from '@/app/_lib/session';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { describeError } from '@/lib/shared/action-result';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
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
    return Response.json({ revision: saved.revision, savedAt: saved.savedAt, isUnchanged: saved.isUnchanged, status: saved.status });
  } catch (error) {
    const described = describeError(error);
    return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
  }
}

export const dynamic = 'force-dynamic';

const MAX_REQUEST_CHARS = 2_000_000;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
