# syntax=docker/dockerfile:1
# One image recipe for every service; the module to build is a build argument:
#
#   docker build --build-arg SERVICE=catalog-service --build-arg PORT=8081 -t maservice/catalog-service .
#
# docker-compose.yml sets the arguments per service. The build context is the repository root,
# because each service is one module of the Maven reactor and depends on contracts/ and platform/.
# The whole reactor is copied (minus what .dockerignore leaves out), so a new module needs no
# change here; the Maven repository lives in a cache mount, so dependencies are downloaded once.
FROM maven:3.9-eclipse-temurin-17 AS build
# The reactor module to build and run, e.g. catalog-service (required).
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    { [ -n "${SERVICE}" ] && [ -f "${SERVICE}/pom.xml" ] || { echo "set --build-arg SERVICE=<module folder>" >&2; exit 1; }; } \
 && mvn -B -q -pl "${SERVICE}" -am package -DskipTests \
 && cp "${SERVICE}/target/${SERVICE}"-*.jar /app.jar \
 && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
# Extra Debian packages the service needs at run time: qr-service embeds WenQuanYi Zen Hei
# (fonts-wqy-zenhei) in its posters, the only font here that renders Chinese in PDFBox.
ARG RUNTIME_PACKAGES=""
ARG PORT=8080
# curl serves the compose healthcheck.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ${RUNTIME_PACKAGES} \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system app && useradd --system --gid app --home-dir /app app
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER app
EXPOSE ${PORT}
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
