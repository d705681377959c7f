# syntax=docker/dockerfile:1
# Build: docker build -t tro-ly-cchc .   Run: docker run -e TELEGRAM_BOT_TOKEN=... -v troly-data:/app/data tro-ly-cchc
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY messages/ messages/
COPY src/ src/
# The jar unpacked to tro-ly-cchc.jar + lib/: class-data sharing cannot archive classes from the jars
# nested in the executable jar.
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/tro-ly-cchc.jar extract --destination target/app

FROM eclipse-temurin:17-jre
# Fonts with Vietnamese glyphs, so charts render diacritics instead of boxes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /app troly
WORKDIR /app
COPY --from=build /src/target/app/ /app/
# Class-data sharing (docs/performance.md, section 4): one training start of the application here, by
# this image's JVM, with the ENTRYPOINT's flags, writes /app/app.jsa; every start then maps those
# classes instead of loading them. The start-up benchmark runs the same script.
COPY src/main/docker/app-cds.sh /tmp/app-cds.sh
RUN sh /tmp/app-cds.sh /app -XX:+UseSerialGC -Xmx256m -Xms64m -XX:TieredStopAtLevel=1 -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19 -XX:MetaspaceSize=96m -XX:SurvivorRatio=2 \
 && rm /tmp/app-cds.sh \
 && mkdir -p /app/data && chown troly /app/data
USER troly
VOLUME /app/data
ENV TZ=Asia/Ho_Chi_Minh
# The bot writes its health report here every 30 s (README "Vận hành"); outside the data volume, so a new
# container never reads the report of an old one (a graceful stop writes FAIL). Healthy: the file is under 2 minutes
# old and starts with OK (SANDBOX in the sandbox). Details: docker exec <container> java -jar
# /app/tro-ly-cchc.jar health
ENV TROLY_HEALTH_FILE=/tmp/troly-health.txt
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=2 \
  CMD test -n "$(find "$TROLY_HEALTH_FILE" -mmin -2 2>/dev/null)" && head -n 1 "$TROLY_HEALTH_FILE" | grep -qE '^(OK|SANDBOX)'
# Background work (summaries, charts, notices) runs at the lowest thread priority, which the JVM passes to
# Linux as nice 19 with the first two flags: answers go first (docs/performance.md, section 6). The third
# keeps the first classes loaded by a Friday summary from forcing a full collection; the fourth gives the
# young generation survivor spaces large enough that objects living a few seconds die there instead of
# filling the old generation until a full collection stops every answer for 200-280 ms.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx256m", "-Xms64m", "-XX:TieredStopAtLevel=1", "-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19", "-XX:MetaspaceSize=96m", "-XX:SurvivorRatio=2", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/tro-ly-cchc.jar"]
