package org.entente.graph;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Beans of this package that are plain classes. */
class GraphProducers {

    @Produces
    @Singleton
    CypherLibrary cypherLibrary() {
        return new CypherLibrary();
    }
}
