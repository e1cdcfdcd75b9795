package org.greenledger.platform.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The Jackson set-up of everything Axon stores: events, snapshots, sagas, tokens, messages.
 * Fields are read directly, so sagas keep their private state without getters; dates are ISO
 * strings; unknown properties are skipped, so events written by an older or newer version
 * still read. (The web API is stricter: it refuses unknown fields.)
 */
public final class AxonJackson {

    private AxonJackson() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    public static JacksonSerializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper())
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(AxonJackson.class.getClassLoader()))
                .build();
    }
}
