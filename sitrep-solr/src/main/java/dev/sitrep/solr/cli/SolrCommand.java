package dev.sitrep.solr.cli;

import picocli.CommandLine.Command;

/** {@code sitrep solr}: the SolrCloud side of a store — create its collection, load articles, see its state. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = {"SolrCloud as Sitrep's store: create a collection with Sitrep's configset, load analysed "
                + "articles into it, show its state. Every other command reads or writes it with "
                + "--store solr://zkhost:2181[/chroot]/collection."},
        subcommands = {SolrInitCommand.class, SolrLoadCommand.class, SolrStatusCommand.class})
public final class SolrCommand {
    /** Exit code: done. */
    static final int OK = 0;
    /** Exit code: some inputs failed, each named on stderr; the rest were stored. */
    static final int FAILED = 1;
    /** Exit code: bad usage. */
    static final int USAGE = 2;
}
