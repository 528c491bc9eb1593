'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_lib/session';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES } from '@/lib/import/docx-package';
import { createConceptFromDocx, previewDocxImport, type ImportPreview, type UploadedFile } from '@/lib/import/import-docx';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

/** The uploaded file from the form, read into memory only (it is never written anywhere). */
async function fileFrom(formData: FormData): Promise<UploadedFile | null> {
  const file = formData.get('file');
  if (!file || typeof file === 'string' || file.size === 0) return null;
  if (file.size > MAX_UPLOAD_BYTES) {
    const message = `Die Datei ist zu groß: erlaubt sind ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`;
    throw new AppError('invalid_input', message, { fields: { file: message } });
  }
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) };
}

/** „Zuordnung anzeigen“: reads the Word file and suggests a template section for each part. */
export async function previewImportAction(formData: FormData): Promise<ActionResult<ImportPreview>> {
  return toActionResult(async () =>
    previewDocxImport(await requireActor(), {
      districtId: formData.get('districtId'),
      templateId: formData.get('templateId'),
      file: await fileFrom(formData),
    }),
  );
}

/** „Konzept aus der Word-Datei anlegen“: the same file again, with the chosen assignment. */
export async function createFromImportAction(_state: ActionResult<{ id: string }> | null, formData: FormData) {
  const result = await toActionResult(async () => {
    const concept = await createConceptFromDocx(
      await requireActor(),
      {
        districtId: formData.get('districtId'),
        title: formData.get('title'),
        templateId: formData.get('templateId'),
        responsible: formData.get('responsible'),
        facilityIds: formData.getAll('facilityIds'),
        fileHash: formData.get('fileHash'),
        assignment: formData.getAll('assignment').map(String),
      },
      await fileFrom(formData),
    );
    return { id: concept.id };
  });
  if (result.ok) redirect(`/concepts/${result.data.id}`);
  return result;
}
