package dev.sitrep.split;

import dev.sitrep.pipeline.Draft;
import java.util.List;

/**
 * Splits tag and listing pages that hold several articles into one draft each.
 *
 * <p>First version: passes every draft through unchanged.
 */
public final class AggregateSplitter {

    public List<Draft> split(Draft draft) {
        return List.of(draft);
    }
}
