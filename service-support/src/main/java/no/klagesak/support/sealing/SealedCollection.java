package no.klagesak.support.sealing;

import java.util.Set;

/**
 * A collection of this service that holds sealed values: declared as a bean by the service, so that values sealed
 * before Tink are sealed again at start ({@link Resealing}).
 *
 * @param name the collection
 * @param fileFields its fields that hold files sealed as bytes
 */
public record SealedCollection(String name, Set<String> fileFields) {

    public SealedCollection(String name) {
        this(name, Set.of());
    }
}
