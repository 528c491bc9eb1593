/**
 * Window events between the parts of the section page (editor, help panel, status radio
 * group), which React renders in different places of the layout.
 */

/** The help panel asks the editor to insert content; detail: InsertRequest (section-workspace.tsx). */
export const INSERT_EVENT = 'skw:insert';

/** A save changed the section's status; detail: { sectionId, status }. */
export const SECTION_STATUS_EVENT = 'skw:section-status';
