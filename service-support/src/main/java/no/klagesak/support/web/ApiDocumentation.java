package no.klagesak.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * What every service's OpenAPI document ({@code /v3/api-docs}) says alike, so an integrator (an HR system, a BI tool,
 * an archive) reads the same things in each: the service's title and description ({@code klagesak.api.*}), the bearer
 * token every {@code /api/**} operation needs, and the problem details (RFC 9457) each operation may answer with,
 * with an example of each. Operations under {@code /public/} take no token; they are the public form and follow-up.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
public class ApiDocumentation {

    public static final String BEARER = "bearer";

    /** The paths of the document itself, open to everyone in every service. */
    public static final String[] DOCUMENT_PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> PROBLEMS = problems();

    @Bean
    OpenApiCustomizer klagesakApiDocument(
            @Value("${klagesak.api.title:${spring.application.name}}") String title,
            @Value("${klagesak.api.description:}") String description,
            @Value("${klagesak.api.version:v1}") String version) {
        return api -> describe(api, title, description, version);
    }

    static void describe(OpenAPI api, String title, String description, String version) {
        api.info(new Info().title(title).description(description).version(version));
        if (api.getComponents() == null) api.components(new Components());
        api.getComponents()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token from Keycloak (realm klagesak, audience klagesak-api,"
                                        + " scope organization). The tenant is the token's organization; every"
                                        + " answer is limited to it."))
                .addSchemas("Problem", problemSchema())
                .addSchemas("Error", errorSchema());
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> referencedAsNullable = new ArrayList<>();
        schemas.values().forEach(schema -> referencedAsNullable.addAll(nullableUnlessRequired(schema)));
        referencedAsNullable.forEach(name -> {
            if (schemas.containsKey(name)) schemas.get(name).setNullable(true);
        });
        if (api.getPaths() == null) return;
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    boolean open = open(path);
                    boolean change = method != PathItem.HttpMethod.GET;
                    if (!open) operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    problem(operation, "400");
                    if (!open) {
                        problem(operation, "401");
                        problem(operation, "403");
                    }
                    problem(operation, "404");
                    if (change) problem(operation, "409");
                    if (operation.getRequestBody() != null) {
                        problem(operation, "413");
                        problem(operation, "415");
                    }
                    if (open && change) problem(operation, "429");
                    problem(operation, "503");
                }));
    }

    /**
     * Whether an operation takes no token: the public form, follow-up with a receipt code, the published routine and
     * statistics, the survey. The complainant's own list ({@code /public/tenants/{t}/my/…}) takes their ID-porten
     * token; the services' security chains say the same (each service's token attacks test every endpoint).
     */
    static boolean open(String path) {
        return path.startsWith("/public/") && !path.contains("/my/");
    }

    /**
     * The services write an absent value as {@code null} (a complaint without a name, a case not yet answered): every
     * property not marked required may be null, as the answers show. OpenAPI 3.0 ignores anything beside a {@code
     * $ref}, so a referenced schema is itself marked nullable; returns the names of those.
     */
    private static List<String> nullableUnlessRequired(Schema<?> schema) {
        if (schema.getProperties() == null) return List.of();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<String> referenced = new ArrayList<>();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) return;
            if (property.get$ref() == null) {
                property.setNullable(true);
            } else {
                referenced.add(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            }
        });
        return referenced;
    }

    private static void problem(Operation operation, String status) {
        if (operation.getResponses() == null) operation.responses(new ApiResponses());
        if (operation.getResponses().containsKey(status)) return;
        String title = PROBLEMS.get(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", title.substring(0, title.indexOf(':')));
        example.put("status", Integer.parseInt(status));
        example.put("detail", title.substring(title.indexOf(':') + 2));
        // application/json as well: an error the framework answers before a handler (an unknown path, a failure in a
        // filter) comes as Spring Boot's error object, with the same status and the problem's members optional.
        Content content = new Content();
        content.addMediaType(
                PROBLEM_JSON,
                new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .addExamples(status, new Example().value(example)));
        content.addMediaType(
                "application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Error")));
        operation
                .getResponses()
                .addApiResponse(status, new ApiResponse().description(title).content(content));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A problem detail (RFC 9457). Nothing was stored or changed when one is answered. A"
                        + " refused input also names each field and its code in `problems`.")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .required(List.of("title", "status"))
                .additionalProperties(true);
    }

    /** Spring Boot's error object, for an error answered before a handler is reached. */
    private static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("An error answered before the request reached the service's own code (Spring Boot's"
                        + " error object). Nothing was stored or changed.")
                .addProperty("timestamp", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("error", new StringSchema())
                .addProperty("path", new StringSchema())
                .required(List.of("status", "error", "path"))
                .additionalProperties(true);
    }

    private static Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Bad Request: The input is refused; problems names each field and why");
        problems.put("401", "Unauthorized: No valid access token");
        problems.put("403", "Forbidden: The token's roles do not allow this");
        problems.put("404", "Not Found: Nothing by that path in the token's tenant, or nothing this user may see");
        problems.put("409", "Conflict: The resource's state does not allow this now, or it changed meanwhile");
        problems.put("413", "Content Too Large: The request is larger than the service takes");
        problems.put("415", "Unsupported Media Type: Send application/json (or multipart/form-data with files)");
        problems.put("429", "Too Many Requests: Too many in a short time; Retry-After says when to try again");
        problems.put("503", "Service Unavailable: The service is busy; send the same request again after Retry-After");
        return problems;
    }
}
