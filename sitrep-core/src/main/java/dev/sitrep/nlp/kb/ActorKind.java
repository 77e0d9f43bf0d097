package dev.sitrep.nlp.kb;

/** What sort of thing a knowledge-base actor is; decides how its mentions are typed and linked. */
public enum ActorKind {
    /** A state (UN member or observer); type GPE. */
    COUNTRY,
    /** An international organisation or a national institution; type ORG. */
    ORGANISATION,
    /** A building or street standing for an institution ("the Kremlin"); type ORG, linked to what it stands for. */
    INSTITUTION,
    /** A region, territory or city other than a capital ("Crimea", "Europe"); type as the file says. */
    PLACE,
    /** A person; type PERSON. */
    PERSON,
    /** A capital city named as a place ("talks in Brussels"); type GPE, linked to its country. */
    CITY,
    /** The people of a country named by a demonym ("Ukrainians"); type NORP, linked to the country. */
    PEOPLE
}
