package dev.sitrep.model;

/** Coarse entity types, following the OntoNotes names used by most news NER. */
public enum EntityType {
    PERSON, ORG, GPE, LOC, NORP, EVENT, OTHER
}
