package org.gazette.entity.linking;

/** Why a mention was linked to its entity, or why it was left unlinked. */
public enum Evidence {
    /** First name (or given names) and surname match one known person. */
    FULL_NAME,
    /** A bare surname or initial matches exactly one person the same story names in full. */
    SAME_STORY,
    /** An initial and a surname match exactly one known person ({@code I. Aliyev}). */
    INITIAL,
    /** A title before the name ({@code President Aliyev}) matches exactly one candidate's role. */
    TITLE,
    /** Exactly one candidate has been named before with the story's other entities. */
    CO_OCCURRENCE,
    /** A place name, in any of its spellings and inflected forms, including a country's CLDR names. */
    PLACE_NAME,
    /** An organisation's name in any of its spellings and inflected forms. */
    ORGANISATION_NAME,
    /** An acronym known for an organisation, or paired with its full name in the text. */
    ACRONYM,
    /** Nothing known matched, so the mention names a new entity. */
    NEW_ENTITY,
    /** Several candidates match and nothing tells them apart: left unlinked rather than merged. */
    AMBIGUOUS,
    /** A surname in the plural (Алиевы, Əliyevlər): a family, not a person, left unlinked. */
    FAMILY,
    /** A bare surname with no first name, title or co-occurrence to go on: left unlinked. */
    NO_EVIDENCE
}
