import type { Actor, ConceptAction, DistrictAction, PlatformAction } from '@/lib/access';
import type { ConceptStatus } from '@/db/schema-concepts';
import { assignAdvisor, unassignAdvisor } from '@/lib/advisors/manage-assignments';
import { getAuditLog } from '@/lib/audit/list-audit-log';
import { listConceptActivity } from '@/lib/audit/list-concept-activity';
import { listConceptReview, listSectionComments } from '@/lib/comments/list-comments';
import { redactComment } from '@/lib/comments/redact-comment';
import { reopenThread, resolveThread } from '@/lib/comments/resolve-threads';
import { addComment, editComment, replyToComment } from '@/lib/comments/write-comments';
import { createHash } from 'node:crypto';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { createConcept } from '@/lib/concepts/create-concept';
import { dismissImportSummary } from '@/lib/import/dismiss-import-summary';
import { createConceptFromDocx, previewDocxImport } from '@/lib/import/import-docx';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { getNewConceptForm } from '@/lib/concepts/get-new-concept-form';
import { getDashboard } from '@/lib/dashboard/get-dashboard';
import { updateConceptDetails } from '@/lib/concepts/update-concept-details';
import { getConceptDetailsForm } from '@/lib/concepts/get-concept-details-form';
import { getContact, getContactDirectory } from '@/lib/contacts/list-contacts';
import { deleteContact, markContactVerified, saveContact } from '@/lib/contacts/manage-contacts';
import { createDistrict } from '@/lib/districts/create-district';
import { getDistrictOverview } from '@/lib/districts/get-district-overview';
import { getDistrict, getDistrictAdministration, getDistrictForAdmin, getPlatformOverview, listMyDeactivatedDistricts, listMyDistricts } from '@/lib/districts/list-districts';
import { setDistrictActive, updateDistrict } from '@/lib/districts/update-district';
import { getDistrictTexts, updateDistrictTexts } from '@/lib/districts/update-district-texts';
import { exportConceptDocx, exportConceptSchema, loadExportModel, prepareConceptExport } from '@/lib/export/export-concept-docx';
import { getFacility, getFacilityOverview } from '@/lib/facilities/list-facilities';
import { deleteFacility, saveFacility } from '@/lib/facilities/manage-facilities';
import { acceptInvitation, declineInvitation, listMyInvitations, withdrawInvitation } from '@/lib/members/invitations';
import { addMember } from '@/lib/members/invite-member';
import { getDistrictTeam } from '@/lib/members/list-members';
import { changeMemberRole, removeMember } from '@/lib/members/manage-members';
import { countMyUnread, getMyNotifications, listMyNotifications } from '@/lib/notifications/list-my-notifications';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { checkConceptCompleteness } from '@/lib/review/check-completeness';
import { giveVerdict } from '@/lib/review/give-verdict';
import { listReviewQueue } from '@/lib/review/review-queue';
import { listDueReviews } from '@/lib/review/reviews-due';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { restoreRevision } from '@/lib/sections/revisions';
import { getSectionHistory } from '@/lib/sections/get-section-history';
import { exportStellungnahmeDocx } from '@/lib/export/review-documents/stellungnahme';
import { loadChangeModel } from '@/lib/export/review-documents/change-model';
import { exportRedlineDocx } from '@/lib/export/review-documents/redline';
import { exportSynopseDocx } from '@/lib/export/review-documents/synopse';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { setChecklistItem, setSectionStatus } from '@/lib/sections/update-section-meta';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { createUser } from '@/lib/users/create-user';
import { listUsers } from '@/lib/users/list-users';
import { resetUserPassword, setUserActive } from '@/lib/users/manage-user';
import { compareVersions, getVersion, listConceptVersions } from '@/lib/versions/read-versions';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { getAdoptionForm, getSubmissionForm } from '@/lib/workflow/step-forms';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { reopenConcept } from '@/lib/workflow/reopen-concept';
import { shareConcept, unshareConcept } from '@/lib/workflow/share-concept';
import { startFortschreibung } from '@/lib/workflow/start-fortschreibung';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { contactValues, facilityValues } from '../support/district-data-factories';
import { doc } from '../support/concept-factories';

/**
 * THE ACCESS TABLE: every use case in lib/ that takes an actor and every page, layout, route
 * handler and server action in app/, each with its rule. tests/security/access-inventory.test.ts
 * fails for anything missing here; tests/security/access-cases.test.ts turns each use-case rule
 * into allowed and denied cases against the real use cases and a real database.
 *
 * Adding a use case is one line in USE_CASES, e.g.
 *   'lib/review/write-statement.ts#writeStatement': concept('review.comment', (a, f) => writeStatement(a, { conceptId: f.conceptId })),
 * and a new server action or page is one line in ENDPOINTS naming the use cases it calls.
 *
 * The expected answers are not written here: they come from the rules themselves
 * (lib/access/concept-rules.ts, permissions.ts), for every kind of actor the cases build.
 */

/** The ids a call may use; the cases build them fresh (or replace them with guessed ids). */
export interface Fixture {
  districtId: string;
  conceptId: string;
  sectionId: string;
  sectionKey: string;
  /** A checklist requirement of that section in the concept's template. */
  checklistKey: string;
  /** The section's current revision (a save must name it). */
  headRevision: number;
  /** An open thread started by the district's editor, and its first comment. */
  districtThreadId: string;
  districtCommentId: string;
  /** An open hint of the advisor (resolving it needs the district's disposition). */
  advisorThreadId: string;
  advisorCommentId: string;
  /** A thread of the district that is erledigt (without disposition). */
  resolvedThreadId: string;
  facilityId: string;
  contactId: string;
  /** A further editor of the district (target of role changes and removal). */
  memberUserId: string;
  /** An open invitation into the district. */
  invitationId: string;
  /** Platform fixtures: a district, an account and an advisor (assigned to that district) only the administrator's cases change. */
  scratchDistrictId: string;
  scratchUserId: string;
  scratchAdvisorId: string;
  /** A record that belongs to `owner` alone (a notification, an invitation addressed to them). */
  ownNotificationId: string;
  ownInvitationId: string;
  /** Something unique per fixture for names and e-mail addresses. */
  tag: string;
}

export type Call = (actor: Actor, f: Fixture) => Promise<unknown>;

export type UseCaseRule =
  /** One concept of a district: decideConcept(actor, action, concept) decides, in the given state. */
  | { kind: 'concept'; action: ConceptAction; call: Call; state: ConceptStatus; shared: boolean; overrides: Partial<Record<Who, Outcome>> }
  /** District data: decideDistrict(actor, action, district). `object`: the call also names a record inside the district. */
  | { kind: 'district'; action: DistrictAction; call: Call; object: boolean }
  /** Platform administration: administrators only. `object`: the call names a record (guessed ids: not_found). */
  | { kind: 'platform'; action: PlatformAction; call: Call; object: boolean }
  /** A record of one person (their notification, their invitation): only they reach it, anyone else not_found. */
  | { kind: 'own'; call: Call }
  /** The signed-in person's own lists: they may show each of the fixture's `subjects` only to those allowed to see it. */
  | { kind: 'listing'; subjects: ListingSubject[]; call: Call }
  /** Only about the signed-in person themselves (no record of anyone else can be named). */
  | { kind: 'self'; call: Call }
  /** A building block that takes the actor from a use case that already checked it; never called from app/. */
  | { kind: 'internal'; reason: string };

export type Outcome = 'allow' | 'forbidden' | 'not_found';
export type ListingSubject = 'concept' | 'district' | 'notification' | 'invitation';

/**
 * Who the cases act as. „advisor“ is assigned to the concept's district; „unassignedAdvisor“ to
 * another one; „otherDistrict“ is the coordinator of another district; „outsider“ is signed in
 * without any district; „admin“ administers the platform but reads no district's content.
 */
export const WHO = ['coordinator', 'editor', 'advisor', 'unassignedAdvisor', 'otherDistrict', 'outsider', 'admin'] as const;
export type Who = (typeof WHO)[number];

function concept(
  action: ConceptAction,
  call: Call,
  options: { state?: ConceptStatus; shared?: boolean; overrides?: Partial<Record<Who, Outcome>> } = {},
): UseCaseRule {
  return { kind: 'concept', action, call, state: options.state ?? 'draft', shared: options.shared ?? true, overrides: options.overrides ?? {} };
}
const district = (action: DistrictAction, call: Call, options: { object?: boolean } = {}): UseCaseRule => ({ kind: 'district', action, call, object: options.object ?? false });
const platform = (action: PlatformAction, call: Call, options: { object?: boolean } = {}): UseCaseRule => ({ kind: 'platform', action, call, object: options.object ?? false });
const own = (call: Call): UseCaseRule => ({ kind: 'own', call });
const listing = (subjects: ListingSubject | ListingSubject[], call: Call): UseCaseRule => ({ kind: 'listing', subjects: [subjects].flat(), call });
const self = (call: Call): UseCaseRule => ({ kind: 'self', call });
const internal = (reason: string): UseCaseRule => ({ kind: 'internal', reason });

/** A one-chapter Word document („Präambel“ and a sentence) for the import cases. */
async function smallDocx() {
  const document = new Document({
    sections: [{ children: [new Paragraph({ text: 'Präambel', heading: HeadingLevel.HEADING_1 }), new Paragraph('Wir schützen alle Bewohnerinnen und Bewohner.')] }],
  });
  const bytes = await Packer.toBuffer(document);
  return { name: 'konzept.docx', bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

const adoption = { decidedBy: 'Kreistag', decidedOn: '2026-11-20', findingsReason: 'Offene Punkte werden in der Fortschreibung bearbeitet.' };
const exportDraft = (conceptId: string) => ({ conceptId, source: { kind: 'draft' as const }, tocPageNumbers: false });

export const USE_CASES: Record<string, UseCaseRule> = {
  // Concepts: reading
  'lib/concepts/get-concept-overview.ts#getConceptOverview': concept('concept.read', (a, f) => getConceptOverview(a, f.conceptId)),
  'lib/review/check-completeness.ts#checkConceptCompleteness': concept('concept.read', (a, f) => checkConceptCompleteness(a, f.conceptId)),
  'lib/concepts/get-concept-details-form.ts#getConceptDetailsForm': concept('concept.read', (a, f) => getConceptDetailsForm(a, f.conceptId)),
  'lib/workflow/step-forms.ts#getSubmissionForm': concept('concept.read', (a, f) => getSubmissionForm(a, f.conceptId)),
  'lib/workflow/step-forms.ts#getAdoptionForm': concept('concept.read', (a, f) => getAdoptionForm(a, f.conceptId), { state: 'approved' }),
  'lib/audit/list-concept-activity.ts#listConceptActivity': concept('concept.read', (a, f) => listConceptActivity(a, f.conceptId)),
  'lib/sections/get-section-for-editing.ts#getSectionForEditing': concept('concept.read', (a, f) => getSectionForEditing(a, f.conceptId, f.sectionKey)),
  'lib/sections/get-section-history.ts#getSectionHistory': concept('concept.read', (a, f) =>
    getSectionHistory(a, f.conceptId, f.sectionKey, { from: '1', to: String(f.headRevision), view: '1' }),
  ),
  'lib/export/review-documents/stellungnahme.ts#exportStellungnahmeDocx': concept('concept.statement', (a, f) => exportStellungnahmeDocx(a, { conceptId: f.conceptId }), {
    state: 'submitted',
  }),
  'lib/comments/list-comments.ts#listSectionComments': concept('concept.read', (a, f) => listSectionComments(a, f.conceptId, f.sectionKey)),
  'lib/comments/list-comments.ts#listConceptReview': concept('concept.read', (a, f) => listConceptReview(a, f.conceptId)),
  'lib/versions/read-versions.ts#listConceptVersions': concept('concept.read', (a, f) => listConceptVersions(a, f.conceptId), { state: 'submitted' }),
  'lib/versions/read-versions.ts#getVersion': concept('concept.read', (a, f) => getVersion(a, f.conceptId, 1), { state: 'submitted' }),
  'lib/versions/read-versions.ts#compareVersions': concept('concept.read', (a, f) => compareVersions(a, f.conceptId, 1, 'aktuell'), { state: 'submitted' }),
  'lib/export/export-concept-docx.ts#exportConceptDocx': concept('concept.export', (a, f) => exportConceptDocx(a, exportDraft(f.conceptId))),
  // Awaits the file it makes in advance (without page numbers, as above: quick), so nothing runs on after the test.
  'lib/export/export-concept-docx.ts#prepareConceptExport': concept('concept.export', (a, f) => prepareConceptExport(a, exportDraft(f.conceptId)).then(({ made }) => made)),
  // Synopse and redline: Fassung 1 (frozen by the submission) against the current text.
  'lib/export/review-documents/synopse.ts#exportSynopseDocx': concept('concept.export', (a, f) => exportSynopseDocx(a, { conceptId: f.conceptId, from: 1 }), { state: 'submitted' }),
  'lib/export/review-documents/redline.ts#exportRedlineDocx': concept('concept.export', (a, f) => exportRedlineDocx(a, { conceptId: f.conceptId, from: 1 }), { state: 'submitted' }),
  'lib/export/review-documents/change-model.ts#loadChangeModel': concept('concept.export', (a, f) => loadChangeModel(a, { conceptId: f.conceptId, from: 1 }, new Date()), {
    state: 'submitted',
  }),
  'lib/export/export-concept-docx.ts#loadExportModel': concept('concept.export', (a, f) => loadExportModel(a, exportConceptSchema.parse(exportDraft(f.conceptId)), new Date())),

  // Concepts: writing
  'lib/sections/save-section-draft.ts#saveSectionDraft': concept('section.edit', (a, f) => saveSectionDraft(a, { sectionId: f.sectionId, baseRevision: f.headRevision, content: doc('Neuer Stand.') })),
  'lib/sections/revisions.ts#restoreRevision': concept('section.edit', (a, f) => restoreRevision(a, { sectionId: f.sectionId, revision: 1 })),
  'lib/sections/update-section-meta.ts#setSectionStatus': concept('section.edit', (a, f) => setSectionStatus(a, { sectionId: f.sectionId, status: 'done' })),
  'lib/sections/update-section-meta.ts#setChecklistItem': concept('section.edit', (a, f) => setChecklistItem(a, { sectionId: f.sectionId, itemKey: f.checklistKey, isDone: true })),
  'lib/import/dismiss-import-summary.ts#dismissImportSummary': concept('concept.manage', (a, f) => dismissImportSummary(a, f.conceptId)),
  'lib/concepts/update-concept-details.ts#updateConceptDetails': concept('concept.manage', (a, f) =>
    updateConceptDetails(a, {
      conceptId: f.conceptId,
      title: 'Gewaltschutzkonzept Testkreis 2027',
      responsible: 'Fachdienst Soziales',
      facilityIds: [],
      shown: { title: 'Gewaltschutzkonzept Testkreis', responsible: 'Fachdienst Soziales', facilityIds: [] },
    }),
  ),

  // Concepts: comments and review
  'lib/comments/write-comments.ts#addComment': concept('review.comment', (a, f) => addComment(a, { sectionId: f.sectionId, body: 'Bitte prüfen.' })),
  'lib/comments/write-comments.ts#replyToComment': concept('review.comment', (a, f) => replyToComment(a, { threadId: f.advisorThreadId, body: 'Ist ergänzt.' })),
  // Only the author changes a comment (the district's editor wrote this one).
  'lib/comments/write-comments.ts#editComment': concept('review.comment', (a, f) => editComment(a, { commentId: f.districtCommentId, body: 'Geändert.' }), {
    overrides: { coordinator: 'forbidden', advisor: 'forbidden' },
  }),
  'lib/comments/resolve-threads.ts#resolveThread': concept('review.disposition', (a, f) =>
    resolveThread(a, { threadId: f.advisorThreadId, disposition: 'uebernommen', reason: 'Abschnitt ergänzt.' }),
  ),
  'lib/comments/resolve-threads.ts#reopenThread': concept('review.resolve', (a, f) => reopenThread(a, { threadId: f.resolvedThreadId })),
  'lib/comments/redact-comment.ts#redactComment': concept('review.redact', (a, f) => redactComment(a, { commentId: f.advisorCommentId })),
  'lib/review/give-verdict.ts#giveVerdict': concept('review.verdict', (a, f) => giveVerdict(a, { sectionId: f.sectionId, verdict: 'erfuellt' }), { state: 'submitted' }),

  // Concepts: workflow
  'lib/workflow/share-concept.ts#shareConcept': concept('concept.share', (a, f) => shareConcept(a, { conceptId: f.conceptId }), { shared: false }),
  'lib/workflow/share-concept.ts#unshareConcept': concept('concept.unshare', (a, f) => unshareConcept(a, { conceptId: f.conceptId })),
  'lib/workflow/submit-concept-for-review.ts#submitConceptForReview': concept('concept.submit', (a, f) => submitConceptForReview(a, { conceptId: f.conceptId })),
  'lib/workflow/withdraw-submission.ts#withdrawSubmission': concept('concept.withdraw', (a, f) => withdrawSubmission(a, { conceptId: f.conceptId }), { state: 'submitted' }),
  'lib/workflow/give-review-outcome.ts#requestChanges': concept('review.request_changes', (a, f) => requestChanges(a, { conceptId: f.conceptId, note: 'Bitte ergänzen.' }), {
    state: 'submitted',
  }),
  'lib/workflow/give-review-outcome.ts#approveConcept': concept('review.approve', (a, f) => approveConcept(a, { conceptId: f.conceptId }), { state: 'submitted' }),
  'lib/workflow/reopen-concept.ts#reopenConcept': concept('concept.reopen', (a, f) => reopenConcept(a, { conceptId: f.conceptId }), { state: 'approved' }),
  'lib/workflow/adopt-concept.ts#adoptConcept': concept('concept.adopt', (a, f) => adoptConcept(a, { conceptId: f.conceptId, ...adoption }), { state: 'approved' }),
  'lib/workflow/start-fortschreibung.ts#startFortschreibung': concept('concept.continue', (a, f) => startFortschreibung(a, { conceptId: f.conceptId }), { state: 'adopted' }),

  // District data, team and protocol
  'lib/districts/list-districts.ts#getDistrict': district('district.read', (a, f) => getDistrict(a, f.districtId)),
  'lib/districts/get-district-overview.ts#getDistrictOverview': district('district.read', (a, f) => getDistrictOverview(a, f.districtId)),
  'lib/concepts/get-new-concept-form.ts#getNewConceptForm': district('district.data.read', (a, f) => getNewConceptForm(a, f.districtId)),
  'lib/concepts/create-concept.ts#createConcept': district('concept.create', (a, f) =>
    createConcept(a, { districtId: f.districtId, templateId: 'gewaltschutz-gu', title: 'Gewaltschutzkonzept Testkreis', responsible: 'Fachdienst Soziales', facilityIds: [] }),
  ),
  'lib/import/import-docx.ts#previewDocxImport': district('concept.create', async (a, f) =>
    previewDocxImport(a, { districtId: f.districtId, templateId: 'gewaltschutz-gu', file: await smallDocx() }),
  ),
  'lib/import/import-docx.ts#createConceptFromDocx': district('concept.create', async (a, f) => {
    const file = await smallDocx();
    return createConceptFromDocx(
      a,
      { districtId: f.districtId, templateId: 'gewaltschutz-gu', title: 'Gewaltschutzkonzept aus Word', responsible: 'Fachdienst Soziales', facilityIds: [], fileHash: file.hash, assignment: ['praeambel'] },
      file,
    );
  }),
  'lib/audit/list-audit-log.ts#getAuditLog': district('audit.read', (a, f) => getAuditLog(a, f.districtId)),
  'lib/facilities/list-facilities.ts#getFacilityOverview': district('district.data.read', (a, f) => getFacilityOverview(a, f.districtId)),
  'lib/facilities/list-facilities.ts#getFacility': district('district.data.read', (a, f) => getFacility(a, { districtId: f.districtId, facilityId: f.facilityId }), { object: true }),
  'lib/facilities/manage-facilities.ts#saveFacility': district(
    'district.data.edit',
    (a, f) => saveFacility(a, { districtId: f.districtId, id: f.facilityId, ...facilityValues({ name: `Unterkunft ${f.tag}` }) }),
    { object: true },
  ),
  'lib/facilities/manage-facilities.ts#deleteFacility': district('district.data.edit', (a, f) => deleteFacility(a, { districtId: f.districtId, facilityId: f.facilityId }), { object: true }),
  'lib/contacts/list-contacts.ts#getContactDirectory': district('district.data.read', (a, f) => getContactDirectory(a, f.districtId)),
  'lib/contacts/list-contacts.ts#getContact': district('district.data.read', (a, f) => getContact(a, { districtId: f.districtId, contactId: f.contactId }), { object: true }),
  'lib/contacts/manage-contacts.ts#saveContact': district('district.data.edit', (a, f) => saveContact(a, { districtId: f.districtId, id: f.contactId, ...contactValues() }), {
    object: true,
  }),
  'lib/contacts/manage-contacts.ts#markContactVerified': district('district.data.edit', (a, f) => markContactVerified(a, { districtId: f.districtId, contactId: f.contactId }), {
    object: true,
  }),
  'lib/contacts/manage-contacts.ts#deleteContact': district('district.data.edit', (a, f) => deleteContact(a, { districtId: f.districtId, contactId: f.contactId }), { object: true }),
  'lib/members/list-members.ts#getDistrictTeam': district('member.read', (a, f) => getDistrictTeam(a, f.districtId)),
  'lib/members/invite-member.ts#addMember': district('member.manage', (a, f) =>
    addMember(a, { districtId: f.districtId, email: `neu-${f.tag}@test.example`, displayName: 'Neue Person', role: 'editor' }),
  ),
  'lib/members/manage-members.ts#changeMemberRole': district('member.manage', (a, f) => changeMemberRole(a, { districtId: f.districtId, userId: f.memberUserId, role: 'coordinator' }), {
    object: true,
  }),
  'lib/members/manage-members.ts#removeMember': district('member.manage', (a, f) => removeMember(a, { districtId: f.districtId, userId: f.memberUserId }), { object: true }),
  'lib/members/invitations.ts#withdrawInvitation': district('member.manage', (a, f) => withdrawInvitation(a, { districtId: f.districtId, invitationId: f.invitationId }), {
    object: true,
  }),

  'lib/districts/update-district-texts.ts#updateDistrictTexts': district('district.data.edit', (a, f) =>
    updateDistrictTexts(a, { districtId: f.districtId, coordinationUnit: `Koordinierungsstelle ${f.tag}`, coordinationPhone: '05999 100-412' }),
  ),
  'lib/districts/update-district-texts.ts#getDistrictTexts': district('district.data.edit', (a, f) => getDistrictTexts(a, f.districtId)),

  // Platform administration
  'lib/districts/list-districts.ts#getDistrictAdministration': platform('district.manage', (a) => getDistrictAdministration(a)),
  'lib/districts/list-districts.ts#getPlatformOverview': platform('district.manage', (a) => getPlatformOverview(a)),
  'lib/districts/list-districts.ts#getDistrictForAdmin': platform('district.manage', (a, f) => getDistrictForAdmin(a, f.scratchDistrictId), { object: true }),
  'lib/districts/create-district.ts#createDistrict': platform('district.manage', (a, f) => createDistrict(a, { name: `Landkreis Neu-${f.tag}`, kind: 'Landkreis', state: 'Hessen' })),
  'lib/districts/update-district.ts#updateDistrict': platform(
    'district.manage',
    (a, f) => updateDistrict(a, { districtId: f.scratchDistrictId, name: `Landkreis Umbenannt-${f.tag}`, kind: 'Landkreis', state: 'Hessen' }),
    { object: true },
  ),
  'lib/districts/update-district.ts#setDistrictActive': platform('district.manage', (a, f) => setDistrictActive(a, { districtId: f.scratchDistrictId, isActive: false }), { object: true }),
  'lib/users/list-users.ts#listUsers': platform('user.manage', (a) => listUsers(a)),
  'lib/users/create-user.ts#createUser': platform('user.manage', (a, f) => createUser(a, { email: `konto-${f.tag}@test.example`, displayName: 'Neues Konto', platformRole: 'user' })),
  'lib/users/manage-user.ts#setUserActive': platform('user.manage', (a, f) => setUserActive(a, f.scratchUserId, false), { object: true }),
  'lib/users/manage-user.ts#resetUserPassword': platform('user.manage', (a, f) => resetUserPassword(a, f.scratchUserId), { object: true }),
  'lib/advisors/manage-assignments.ts#assignAdvisor': platform('assignment.manage', (a, f) => assignAdvisor(a, { userId: f.scratchAdvisorId, districtId: f.districtId }), {
    object: true,
  }),
  'lib/advisors/manage-assignments.ts#unassignAdvisor': platform('assignment.manage', (a, f) => unassignAdvisor(a, { userId: f.scratchAdvisorId, districtId: f.scratchDistrictId }), {
    object: true,
  }),

  // One's own records and lists
  'lib/notifications/mark-read.ts#markNotificationRead': own((a, f) => markNotificationRead(a, { notificationId: f.ownNotificationId })),
  'lib/members/invitations.ts#acceptInvitation': own((a, f) => acceptInvitation(a, { invitationId: f.ownInvitationId })),
  'lib/members/invitations.ts#declineInvitation': own((a, f) => declineInvitation(a, { invitationId: f.ownInvitationId })),
  'lib/notifications/list-my-notifications.ts#listMyNotifications': listing('notification', (a) => listMyNotifications(a)),
  'lib/members/invitations.ts#listMyInvitations': listing('invitation', (a) => listMyInvitations(a)),
  'lib/dashboard/get-dashboard.ts#getDashboard': listing(['concept', 'district', 'invitation'], (a) => getDashboard(a, { now: new Date('2031-01-01T00:00:00Z') })),
  'lib/notifications/list-my-notifications.ts#getMyNotifications': listing('notification', (a) => getMyNotifications(a)),
  'lib/districts/list-districts.ts#listMyDistricts': listing('district', (a) => listMyDistricts(a)),
  'lib/districts/list-districts.ts#listMyDeactivatedDistricts': listing('district', (a) => listMyDeactivatedDistricts(a)),
  'lib/review/review-queue.ts#listReviewQueue': listing('concept', (a) => listReviewQueue(a)),
  'lib/review/reviews-due.ts#listDueReviews': listing('concept', (a) => listDueReviews(a, { now: new Date('2031-01-01T00:00:00Z') })),
  'lib/notifications/list-my-notifications.ts#countMyUnread': self((a) => countMyUnread(a)),
  'lib/notifications/mark-read.ts#markAllNotificationsRead': self((a) => markAllNotificationsRead(a)),
  'lib/users/change-own-password.ts#changeOwnPassword': self((a) =>
    changeOwnPassword(a, { currentPassword: 'Test-Passwort-sicher-2026', newPassword: 'Neues-Passwort-sicher-2027', confirmPassword: 'Neues-Passwort-sicher-2027' }),
  ),

  // Building blocks: the actor comes from a use case above, which states the action.
  'lib/concepts/create-concept.ts#insertNewConcept': internal('createConcept and createConceptFromDocx after parsing; checks concept.create itself'),
  'lib/concepts/load-concept.ts#loadConcept': internal('loads and checks a concept for the use case that names the action'),
  'lib/comments/list-comments.ts#loadSectionComments': internal('the comment panel of a section after the calling use case loaded the concept with concept.read'),
  'lib/districts/load-district.ts#loadDistrict': internal('loads and checks a district for the use case that names the action'),
  'lib/concepts/list-concepts.ts#listConceptCards': internal('concept cards of the districts the calling use case names; leaves out districts without concept.list and unshared concepts for advisors'),
  'lib/sections/load-section.ts#loadSection': internal('loads and checks a section for the use case that names the action'),
  'lib/comments/thread-context.ts#loadThread': internal('loads a thread and checks, through loadSection, the action the comment use case names'),
  'lib/comments/thread-context.ts#loadComment': internal('loads a comment and checks, through loadThread, the action the comment use case names'),
  'lib/comments/thread-context.ts#auditThread': internal('records a comment event the calling use case has authorised'),
  'lib/versions/read-versions.ts#loadVersion': internal('loads a Fassung after loadConcept checked concept.read'),
  'lib/export/load-word-comments.ts#loadWordThreads': internal('comment threads for the DOCX after loadExportModel checked concept.export; asserts concept.read itself'),
  'lib/workflow/run-concept-step.ts#runConceptStep': internal('the shared transaction of the workflow use cases, each naming its action'),
  'lib/review/notices.ts#noticeWorkflowStep': internal('tells people about a step the calling use case has authorised'),
  'lib/review/notices.ts#noticeComment': internal('tells people about a comment the calling use case has authorised'),
  'lib/review/notices.ts#noticeMentions': internal('tells mentioned people; the calling use case has authorised the comment'),
  'lib/review/notices.ts#noticeResolved': internal('tells the author; the calling use case has authorised the change'),
  'lib/review/notices.ts#noticeVerdict': internal('tells the district; giveVerdict has authorised the verdict'),
  'lib/members/team-notices.ts#notifyCoordinators': internal('tells coordinators about a team change the calling use case has authorised'),
  'lib/members/team-notices.ts#isAdminActing': internal('pure question about the actor, no data'),
};

/**
 * How an endpoint in app/ is reached: `signed-in` asks requireActor/requirePageActor before any
 * use case; `password-change` is the one action a temporary password may use; `optional` shows
 * the signed-in person's own data and nothing without a session; `public` needs no session.
 */
export type Access = 'signed-in' | 'password-change' | 'optional' | 'public';
export interface EndpointRule {
  access: Access;
  /** The use cases (keys of USE_CASES) it calls: its access is theirs. */
  calls: string[];
}
const signedIn = (...calls: string[]): EndpointRule => ({ access: 'signed-in', calls });
const u = (path: string) => `lib/${path}`;

export const ENDPOINTS: Record<string, EndpointRule> = {
  // Pages and layouts
  'app/layout.tsx': { access: 'public', calls: [] },
  'app/login/page.tsx': { access: 'public', calls: [] },
  'app/(app)/layout.tsx': { access: 'optional', calls: [u('notifications/list-my-notifications.ts#countMyUnread')] },
  'app/(app)/admin/layout.tsx': { access: 'public', calls: [] },
  'app/(app)/page.tsx': signedIn(u('dashboard/get-dashboard.ts#getDashboard')),
  'app/(app)/account/page.tsx': signedIn(u('districts/list-districts.ts#listMyDistricts')),
  'app/(app)/admin/page.tsx': signedIn(u('districts/list-districts.ts#getPlatformOverview')),
  'app/(app)/admin/districts/page.tsx': signedIn(u('districts/list-districts.ts#getDistrictAdministration')),
  'app/(app)/admin/districts/[districtId]/page.tsx': signedIn(u('districts/list-districts.ts#getDistrictForAdmin')),
  'app/(app)/admin/users/page.tsx': signedIn(u('users/list-users.ts#listUsers')),
  'app/(app)/benachrichtigungen/page.tsx': signedIn(u('notifications/list-my-notifications.ts#getMyNotifications')),
  'app/(app)/concepts/[conceptId]/page.tsx': signedIn(u('concepts/get-concept-overview.ts#getConceptOverview')),
  'app/(app)/concepts/[conceptId]/aktivitaet/page.tsx': signedIn(u('audit/list-concept-activity.ts#listConceptActivity')),
  'app/(app)/concepts/[conceptId]/beschluss/page.tsx': signedIn(u('workflow/step-forms.ts#getAdoptionForm')),
  'app/(app)/concepts/[conceptId]/eckdaten/page.tsx': signedIn(u('concepts/get-concept-details-form.ts#getConceptDetailsForm')),
  'app/(app)/concepts/[conceptId]/einreichen/page.tsx': signedIn(u('workflow/step-forms.ts#getSubmissionForm')),
  'app/(app)/concepts/[conceptId]/fassungen/page.tsx': signedIn(u('versions/read-versions.ts#listConceptVersions')),
  'app/(app)/concepts/[conceptId]/fassungen/[number]/page.tsx': signedIn(u('versions/read-versions.ts#getVersion')),
  'app/(app)/concepts/[conceptId]/fassungen/vergleich/page.tsx': signedIn(u('versions/read-versions.ts#compareVersions')),
  'app/(app)/concepts/[conceptId]/hinweise/page.tsx': signedIn(u('comments/list-comments.ts#listConceptReview')),
  'app/(app)/concepts/[conceptId]/pruefung/page.tsx': signedIn(u('review/check-completeness.ts#checkConceptCompleteness')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/page.tsx': signedIn(u('sections/get-section-for-editing.ts#getSectionForEditing')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/history/page.tsx': signedIn(
    u('sections/get-section-history.ts#getSectionHistory'),
  ),
  'app/(app)/districts/[districtId]/page.tsx': signedIn(u('districts/get-district-overview.ts#getDistrictOverview')),
  'app/(app)/districts/[districtId]/audit/page.tsx': signedIn(u('audit/list-audit-log.ts#getAuditLog')),
  'app/(app)/districts/[districtId]/concepts/new/page.tsx': signedIn(u('concepts/get-new-concept-form.ts#getNewConceptForm')),
  'app/(app)/districts/[districtId]/concepts/new/import/page.tsx': signedIn(u('concepts/get-new-concept-form.ts#getNewConceptForm')),
  'app/(app)/districts/[districtId]/contacts/page.tsx': signedIn(u('contacts/list-contacts.ts#getContactDirectory')),
  'app/(app)/districts/[districtId]/contacts/[contactId]/page.tsx': signedIn(u('contacts/list-contacts.ts#getContact')),
  'app/(app)/districts/[districtId]/facilities/page.tsx': signedIn(u('facilities/list-facilities.ts#getFacilityOverview')),
  'app/(app)/districts/[districtId]/facilities/new/page.tsx': signedIn(u('districts/list-districts.ts#getDistrict')),
  'app/(app)/districts/[districtId]/facilities/[facilityId]/page.tsx': signedIn(u('facilities/list-facilities.ts#getFacility')),
  'app/(app)/districts/[districtId]/members/page.tsx': signedIn(u('members/list-members.ts#getDistrictTeam')),
  'app/(app)/districts/[districtId]/sprachformen/page.tsx': signedIn(u('districts/update-district-texts.ts#getDistrictTexts')),

  // Route handlers
  'app/api/auth/[...nextauth]/route.ts#GET': { access: 'public', calls: [] },
  'app/api/auth/[...nextauth]/route.ts#POST': { access: 'public', calls: [] },
  'app/api/concepts/[conceptId]/export/route.ts#GET': signedIn(u('export/export-concept-docx.ts#exportConceptDocx')),
  'app/api/concepts/[conceptId]/export/route.ts#POST': signedIn(u('export/export-concept-docx.ts#prepareConceptExport')),
  'app/api/concepts/[conceptId]/stellungnahme/route.ts#GET': signedIn(u('export/review-documents/stellungnahme.ts#exportStellungnahmeDocx')),
  'app/api/concepts/[conceptId]/synopse/route.ts#GET': signedIn(u('export/review-documents/synopse.ts#exportSynopseDocx')),
  'app/api/concepts/[conceptId]/redline/route.ts#GET': signedIn(u('export/review-documents/redline.ts#exportRedlineDocx')),
  'app/api/sections/[sectionId]/draft/route.ts#POST': signedIn(u('sections/save-section-draft.ts#saveSectionDraft')),
  'app/(app)/benachrichtigungen/[notificationId]/oeffnen/route.ts#GET': signedIn(u('notifications/mark-read.ts#markNotificationRead')),

  // Server actions
  'app/(app)/_invitations/actions.ts#acceptInvitationAction': signedIn(u('members/invitations.ts#acceptInvitation')),
  'app/(app)/_invitations/actions.ts#declineInvitationAction': signedIn(u('members/invitations.ts#declineInvitation')),
  'app/(app)/account/actions.ts#changePasswordAction': { access: 'password-change', calls: [u('users/change-own-password.ts#changeOwnPassword')] },
  'app/(app)/admin/actions.ts#assignAdvisorAction': signedIn(u('advisors/manage-assignments.ts#assignAdvisor')),
  'app/(app)/admin/actions.ts#unassignAdvisorAction': signedIn(u('advisors/manage-assignments.ts#unassignAdvisor')),
  'app/(app)/admin/actions.ts#createDistrictAction': signedIn(u('districts/create-district.ts#createDistrict')),
  'app/(app)/admin/actions.ts#updateDistrictAction': signedIn(u('districts/update-district.ts#updateDistrict')),
  'app/(app)/admin/actions.ts#setDistrictActiveAction': signedIn(u('districts/update-district.ts#setDistrictActive')),
  'app/(app)/admin/actions.ts#createUserAction': signedIn(u('users/create-user.ts#createUser')),
  'app/(app)/admin/actions.ts#setUserActiveAction': signedIn(u('users/manage-user.ts#setUserActive')),
  'app/(app)/admin/actions.ts#resetPasswordAction': signedIn(u('users/manage-user.ts#resetUserPassword')),
  'app/(app)/benachrichtigungen/actions.ts#markNotificationReadAction': signedIn(u('notifications/mark-read.ts#markNotificationRead')),
  'app/(app)/benachrichtigungen/actions.ts#markAllNotificationsReadAction': signedIn(u('notifications/mark-read.ts#markAllNotificationsRead')),
  'app/(app)/concepts/[conceptId]/eckdaten/actions.ts#updateConceptDetailsAction': signedIn(u('concepts/update-concept-details.ts#updateConceptDetails')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#shareConceptAction': signedIn(u('workflow/share-concept.ts#shareConcept')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#unshareConceptAction': signedIn(u('workflow/share-concept.ts#unshareConcept')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#submitConceptAction': signedIn(u('workflow/submit-concept-for-review.ts#submitConceptForReview')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#withdrawSubmissionAction': signedIn(u('workflow/withdraw-submission.ts#withdrawSubmission')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#requestChangesAction': signedIn(u('workflow/give-review-outcome.ts#requestChanges')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#approveConceptAction': signedIn(u('workflow/give-review-outcome.ts#approveConcept')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#reopenConceptAction': signedIn(u('workflow/reopen-concept.ts#reopenConcept')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#adoptConceptAction': signedIn(u('workflow/adopt-concept.ts#adoptConcept')),
  'app/(app)/concepts/[conceptId]/review-actions.ts#startFortschreibungAction': signedIn(u('workflow/start-fortschreibung.ts#startFortschreibung')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/actions.ts#setSectionStatusAction': signedIn(u('sections/update-section-meta.ts#setSectionStatus')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/actions.ts#setChecklistItemAction': signedIn(u('sections/update-section-meta.ts#setChecklistItem')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#addCommentAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/write-comments.ts#addComment')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#replyAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/write-comments.ts#replyToComment')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#editCommentAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/write-comments.ts#editComment')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#resolveThreadAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/resolve-threads.ts#resolveThread')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#reopenThreadAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/resolve-threads.ts#reopenThread')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#redactCommentAction': signedIn(u('comments/list-comments.ts#listSectionComments'), u('comments/redact-comment.ts#redactComment')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/comment-actions.ts#giveVerdictAction': signedIn(u('review/give-verdict.ts#giveVerdict')),
  'app/(app)/concepts/[conceptId]/sections/[sectionKey]/history/actions.ts#restoreRevisionAction': signedIn(u('sections/revisions.ts#restoreRevision')),
  'app/(app)/districts/[districtId]/concepts/new/actions.ts#createConceptAction': signedIn(u('concepts/create-concept.ts#createConcept')),
  'app/(app)/districts/[districtId]/concepts/new/import-actions.ts#previewImportAction': signedIn(u('import/import-docx.ts#previewDocxImport')),
  'app/(app)/districts/[districtId]/concepts/new/import-actions.ts#createFromImportAction': signedIn(u('import/import-docx.ts#createConceptFromDocx')),
  'app/(app)/concepts/[conceptId]/import-actions.ts#dismissImportSummaryAction': signedIn(u('import/dismiss-import-summary.ts#dismissImportSummary')),
  'app/(app)/districts/[districtId]/contacts/actions.ts#saveContactAction': signedIn(u('contacts/manage-contacts.ts#saveContact')),
  'app/(app)/districts/[districtId]/contacts/actions.ts#markContactVerifiedAction': signedIn(u('contacts/manage-contacts.ts#markContactVerified')),
  'app/(app)/districts/[districtId]/contacts/actions.ts#deleteContactAction': signedIn(u('contacts/manage-contacts.ts#deleteContact')),
  'app/(app)/districts/[districtId]/facilities/actions.ts#saveFacilityAction': signedIn(u('facilities/manage-facilities.ts#saveFacility')),
  'app/(app)/districts/[districtId]/sprachformen/actions.ts#updateDistrictTextsAction': signedIn(u('districts/update-district-texts.ts#updateDistrictTexts')),
  'app/(app)/districts/[districtId]/facilities/actions.ts#deleteFacilityAction': signedIn(u('facilities/manage-facilities.ts#deleteFacility')),
  'app/(app)/districts/[districtId]/members/actions.ts#addMemberAction': signedIn(u('members/invite-member.ts#addMember')),
  'app/(app)/districts/[districtId]/members/actions.ts#changeMemberRoleAction': signedIn(u('members/manage-members.ts#changeMemberRole')),
  'app/(app)/districts/[districtId]/members/actions.ts#removeMemberAction': signedIn(u('members/manage-members.ts#removeMember')),
  'app/(app)/districts/[districtId]/members/actions.ts#withdrawInvitationAction': signedIn(u('members/invitations.ts#withdrawInvitation')),
};
