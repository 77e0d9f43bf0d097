package dev.sitrep.solr.cli;

import dev.sitrep.solr.SolrAdmin;
import dev.sitrep.solr.SolrLocation;
import dev.sitrep.solr.SolrSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep solr init}: uploads Sitrep's configset and creates a collection from it. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Uploads Sitrep's configset (schema " + SolrSchema.NAME + ") to the SolrCloud cluster and "
                + "creates the collection, waiting until every replica is active. Running it again changes nothing."})
final class SolrInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--zk", required = true, paramLabel = "HOSTS",
            description = "the cluster's ZooKeeper ensemble and chroot: zk1:2181,zk2:2181/solr")
    String zk;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "the collection to create")
    String collection;

    @Option(names = "--shards", defaultValue = "2", paramLabel = "N", description = "shards (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--replicas", defaultValue = "1", paramLabel = "N",
            description = "replicas of each shard (default: ${DEFAULT-VALUE}); 2 or more survive a node's loss")
    int replicas;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SolrLocation location;
        try {
            location = SolrLocation.of(zk, collection);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return SolrCommand.USAGE;
        }
        SolrAdmin.Outcome outcome = SolrAdmin.init(location, shards, replicas);
        err.println("sitrep: " + (outcome == SolrAdmin.Outcome.CREATED
                ? "created " + location + " (" + shards + " shard" + (shards == 1 ? "" : "s") + " × " + replicas
                + " replica" + (replicas == 1 ? "" : "s") + ", schema " + SolrSchema.NAME + ")"
                : location + " already exists with schema " + SolrSchema.NAME + "; nothing changed"));
        spec.commandLine().getOut().println(location);
        return SolrCommand.OK;
    }
}
