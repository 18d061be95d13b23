# One image per application, built from the jar Maven made, in two stages:
#   ./mvnw -DskipTests package
#   docker build --build-arg MODULE=intake-service -t klagesak/intake-service:0.1.0-SNAPSHOT .
# docker-compose.yml builds all six this way. This machine has no Docker engine, so the images are not built here
# (README, "Images"); a test checks this file's rules (DeploymentAgreesWithLocalStackTest).

# Stage 1: split the Spring Boot jar into its layers, so an image rebuilt after a code change reuses the layers of
# the dependencies, which change rarely.
FROM eclipse-temurin:25-jre AS layers
ARG MODULE
WORKDIR /build
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Stage 2: a JDK 25 runtime, the layers from the least to the most often changed, and a user without rights.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app klagesak
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001
# The application's port and its management port (+1000: health, probes, Prometheus).
EXPOSE 8080-8085 9080-9085
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
