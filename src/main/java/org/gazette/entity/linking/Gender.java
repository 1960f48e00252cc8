package org.gazette.entity.linking;

/** What a surname's form says about its bearer: Russian and Azerbaijani surnames have a woman's form. */
public enum Gender {
    MALE,
    FEMALE,
    /** The form does not say: a first name, a foreign surname, a place. */
    UNKNOWN
}
