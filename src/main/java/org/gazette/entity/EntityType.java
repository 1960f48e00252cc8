package org.gazette.entity;

/** The kinds of named entity Gazette recognises in a story: people, organisations and places. */
public enum EntityType {
    /** A person, named: "Ilham Aliyev", not "the president". */
    PER,
    /** An organisation: a ministry, a company, a party, an agency, a team. */
    ORG,
    /** A place: a country, region, city, river, or a country acting as a political body. */
    LOC
}
