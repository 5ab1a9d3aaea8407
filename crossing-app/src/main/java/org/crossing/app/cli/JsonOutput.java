package org.crossing.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** What the {@code --json} options print: records written by Jackson, indented, for tools and CI. */
final class JsonOutput {

    private static final ObjectWriter WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writer();

    private JsonOutput() {}

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
    }
}
