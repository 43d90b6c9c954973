package org.storyline.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.1 document of the API, made from the route table so it cannot drift from what is served. */
final class OpenApi {
    private OpenApi() {
    }

    static byte[] document(List<Route> routes, String version) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Storyline API");
        info.put("version", version);
        info.put("description", "Stories, events, entities and quotes read out of news pages, with every fact's sources."
                + " Records use the shapes of the export contract (schema storyline/1).");
        info.putObject("license").put("name", "GPL-3.0-or-later").put("identifier", "GPL-3.0-or-later");
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("token").put("type", "http").put("scheme", "bearer");
        ObjectNode error = components.putObject("schemas").putObject("Error");
        error.put("type", "object");
        ObjectNode inner = error.putObject("properties").putObject("error");
        inner.put("type", "object");
        ObjectNode props = inner.putObject("properties");
        props.putObject("status").put("type", "integer");
        props.putObject("message").put("type", "string");
        props.putObject("parameter").put("type", "string");
        ObjectNode paths = root.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.put("operationId", operationId(r));
            ArrayNode params = op.putArray("parameters");
            for (String p : r.pathParams()) {
                ObjectNode n = params.addObject();
                n.put("name", p).put("in", "path").put("required", true);
                n.putObject("schema").put("type", "string");
            }
            for (Param p : r.params()) {
                ObjectNode n = params.addObject();
                n.put("name", p.name()).put("in", "query").put("required", false).put("description", p.description());
                ObjectNode schema = n.putObject("schema");
                switch (p.type()) {
                    case "date" -> schema.put("type", "string").put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$");
                    default -> schema.put("type", p.type());
                }
                if (!p.choices().isEmpty()) {
                    ArrayNode values = schema.putArray("enum");
                    p.choices().forEach(values::add);
                }
            }
            if (r.token()) {
                op.putArray("security").addObject().putArray("token");
            }
            if (r.method().equals("POST")) {
                ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
                if (r.path().endsWith("/upload")) {
                    ObjectNode schema = content.putObject("multipart/form-data").putObject("schema");
                    schema.put("type", "object");
                    ObjectNode file = schema.putObject("properties").putObject("file");
                    file.put("type", "array");
                    file.putObject("items").put("type", "string").put("contentMediaType", "application/octet-stream");
                } else {
                    ObjectNode schema = content.putObject("application/json").putObject("schema");
                    schema.put("type", "object");
                    schema.putArray("required").add("urls");
                    ObjectNode urls = schema.putObject("properties").putObject("urls");
                    urls.put("type", "array");
                    urls.putObject("items").put("type", "string").put("format", "uri");
                }
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject(r.method().equals("POST") ? "202" : "200").put("description", r.answer());
            responses.putObject("400").put("description", "a parameter is unknown or has a bad value")
                    .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            if (!r.pathParams().isEmpty()) {
                responses.putObject("404").put("description", "no record with that id")
                        .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            }
            if (r.token()) {
                responses.putObject("401").put("description", "the token is missing or wrong")
                        .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            }
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private static String operationId(Route r) {
        StringBuilder id = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
        for (String part : r.path().replace("/api/", "").split("[/{}.]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString().replace("-", "");
    }
}
