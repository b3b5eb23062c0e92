package io.thoisu.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The project's copy of the contract's JSON Schema ({@code analysis.schema.json}); tests validate every analysis
 * object the CLI or the API produces against it.
 */
public final class ContractSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema ANALYSIS = load();

    private ContractSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ContractSchema.class.getResourceAsStream("/io/thoisu/testkit/analysis.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("analysis.schema.json is missing from thoisu-testkit's resources");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of one analysis object, empty when it is valid. */
    public static List<String> problems(JsonNode analysis) {
        Set<ValidationMessage> messages = ANALYSIS.validate(analysis);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static List<String> problems(String analysisJson) {
        try {
            return problems(JSON.readTree(analysisJson));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}
