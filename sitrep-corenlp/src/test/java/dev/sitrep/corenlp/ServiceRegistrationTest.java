package dev.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.nlp.EntityRecognizer;
import dev.sitrep.nlp.EntityRecognizers;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** With this module on the class path, the pipeline's choice of recognizer is this one. */
class ServiceRegistrationTest {
    @Test
    void serviceLoaderListsTheRecognizer() {
        assertTrue(ServiceLoader.load(EntityRecognizer.class).stream()
                .anyMatch(p -> p.type() == CoreNlpRecognizer.class));
    }

    @Test
    void bestPicksIt() {
        assertInstanceOf(CoreNlpRecognizer.class, EntityRecognizers.best());
    }

    @Test
    void theDefaultModelShipsInTheModule() {
        assertTrue(CrfModel.CONLL_4CLASS.available());
        assertTrue(CrfModel.configured() == CrfModel.CONLL_4CLASS || System.getProperty(CrfModel.PROPERTY) != null);
    }

    @Test
    void theModelRunsTheConfiguredFeatureSet() {
        new CoreNlpRecognizer(CrfModel.CONLL_4CLASS).recognize("Warm-up text from Oslo.");
        assertEquals(java.util.Optional.of(FeatureSet.configured()), CrfModel.CONLL_4CLASS.featureSet());
        assertTrue(FeatureSet.configured() == FeatureSet.FAST || System.getProperty(FeatureSet.PROPERTY) != null);
    }
}
