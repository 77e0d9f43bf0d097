package dev.sitrep.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud store is: its ZooKeeper ensemble, the ensemble's chroot where Solr keeps its state, and the
 * collection. Written {@code solr://zk1:2181,zk2:2181/solr/news}: hosts, then the chroot ({@code /solr}; absent
 * when Solr uses the ensemble's root: {@code solr://zk1:2181/news}), then the collection as the last segment.
 *
 * @param zkHosts    {@code host:port} of each ZooKeeper server
 * @param chroot     the chroot, starting with {@code /}, when there is one
 * @param collection the collection's name
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot, String collection) {
    /** The scheme of a SolrCloud location. */
    public static final String SCHEME = "solr://";

    public SolrLocation {
        zkHosts = List.copyOf(zkHosts);
        if (zkHosts.isEmpty()) {
            throw new IllegalArgumentException("a SolrCloud location needs a ZooKeeper host");
        }
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("\"" + collection + "\" is not a collection name (letters, digits, "
                    + "'.', '_' and '-', not starting with a punctuation mark)");
        }
    }

    /**
     * Reads {@code solr://zkhosts[/chroot]/collection}.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public static SolrLocation parse(String location) {
        if (!location.startsWith(SCHEME)) {
            throw new IllegalArgumentException(location + ": a SolrCloud store is written "
                    + SCHEME + "zkhost:2181[/chroot]/collection");
        }
        String rest = location.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        int last = rest.lastIndexOf('/');
        if (slash <= 0 || last == rest.length() - 1) {
            throw new IllegalArgumentException(location + ": no collection (write " + SCHEME
                    + "zkhost:2181[/chroot]/collection)");
        }
        List<String> hosts = Arrays.stream(rest.substring(0, slash).split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        String chroot = last > slash ? rest.substring(slash, last) : null;
        return new SolrLocation(hosts, Optional.ofNullable(chroot), rest.substring(last + 1));
    }

    /**
     * The location of a collection of the ensemble that {@code zk} names ({@code zk1:2181,zk2:2181/solr}, as the
     * {@code solr init --zk} option takes it).
     */
    public static SolrLocation of(String zk, String collection) {
        String z = zk.startsWith(SCHEME) ? zk.substring(SCHEME.length()) : zk;
        return parse(SCHEME + (z.endsWith("/") ? z : z + "/") + collection);
    }

    /** The ensemble as a ZooKeeper connect string, chroot included: what a message names. */
    public String zk() {
        return String.join(",", zkHosts) + chroot.orElse("");
    }

    @Override
    public String toString() {
        return SCHEME + zk() + "/" + collection;
    }
}
