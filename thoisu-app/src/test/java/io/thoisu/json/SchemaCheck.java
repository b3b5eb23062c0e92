package io.thoisu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.thoisu.testkit.ContractSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates against the test kit's copy of analysis.schema.json through {@link ContractSchema}. The validator in the
 * build rejects the schema's relative {@code $id} ("thoisu/analysis.schema.json"), which makes ContractSchema fail
 * to load; until the test kit fixes that, the same schema file is loaded here with an absolute {@code $id}.
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    public static List<String> problems(JsonNode analysis) {
        try {
            return ContractSchema.problems(analysis);
        } catch (ExceptionInInitializerError | NoClassDefFoundError schemaDoesNotLoad) {
            return Fallback.SCHEMA.validate(analysis).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }

    private static final class Fallback {
        static final JsonSchema SCHEMA = load();

        private static JsonSchema load() {
            try (InputStream in = ContractSchema.class.getResourceAsStream("/io/thoisu/testkit/analysis.schema.json")) {
                ObjectNode schema = (ObjectNode) ContractJson.mapper().readTree(in);
                schema.put("$id", "https://thoisu.invalid/analysis.schema.json");
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
