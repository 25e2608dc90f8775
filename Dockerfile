# Entente over the Quarkus fast-jar. Build from the repository root:
#   docker build -t entente .        (or: docker compose up --build)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY cypher/ cypher/
COPY src/ src/
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/lib/ lib/
COPY --from=build /src/target/quarkus-app/app/ app/
COPY --from=build /src/target/quarkus-app/quarkus/ quarkus/
COPY --from=build /src/target/quarkus-app/quarkus-run.jar ./
RUN useradd --system --home /app entente && mkdir -p /app/data && chown entente /app/data
USER entente
EXPOSE 8080
ENV QUARKUS_HTTP_HOST=0.0.0.0
ENTRYPOINT ["java", "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED", \
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED", \
            "-Dlog4j2.shutdownHookEnabled=false", "-jar", "quarkus-run.jar"]
CMD ["serve"]
