# One image per application, built from the jar Maven made:
#   ./mvnw -DskipTests package
#   docker build --build-arg MODULE=intake-service -t klagesak/intake-service .
# docker-compose.yml builds all five this way.
FROM eclipse-temurin:25-jre
ARG MODULE
RUN useradd --system --uid 10001 --home-dir /app klagesak
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar /app/app.jar
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
