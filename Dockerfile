# One image per application, built from the jar Maven made, in two stages. deploy/build-images.sh builds all of them
# (and Keycloak's, deploy/keycloak/Dockerfile) with one version tag and writes the tag into the production overlay:
#   deploy/build-images.sh registry.example.no/klagesak 2026.12.1
# One by hand:
#   ./mvnw -DskipTests package
#   docker build --build-arg MODULE=intake-service -t klagesak/intake-service:dev .
# docker-compose.yml builds all six this way. This machine has no Docker engine, so the images are not built here; tests
# check this file's rules (DeploymentAgreesWithLocalStackTest) and run the healthcheck's probe (HealthProbeTest).

# Stage 1: split the Spring Boot jar into its layers, so an image rebuilt after a code change reuses the layers of
# the dependencies, which change rarely; and compile the healthcheck's probe (the runtime image has no compiler).
FROM eclipse-temurin:25-jdk AS layers
ARG MODULE
WORKDIR /build
COPY ${MODULE}/target/${MODULE}-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted
COPY deploy/docker/HealthProbe.java probe/
RUN javac -d probe probe/HealthProbe.java

# Stage 2: a JDK 25 runtime, the layers from the least to the most often changed, and a user without rights.
FROM eclipse-temurin:25-jre
ARG VERSION=dev
LABEL org.opencontainers.image.title="klagesak" org.opencontainers.image.version="${VERSION}"
RUN useradd --system --uid 10001 --home-dir /app klagesak
WORKDIR /app
COPY --from=layers /build/probe/HealthProbe.class /opt/probe/
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001
# The application's port and its management port (+1000: health, probes, Prometheus).
EXPOSE 8080-8085 9080-9085
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
