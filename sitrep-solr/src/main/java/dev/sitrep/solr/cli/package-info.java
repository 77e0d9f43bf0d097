/** The {@code sitrep solr} commands: {@code init}, {@code load}, {@code status}. */
package dev.sitrep.solr.cli;
