# syntax=docker/dockerfile:1
# Build: docker build -t tro-ly-cchc .   Run: docker run -e TELEGRAM_BOT_TOKEN=... -v troly-data:/app/data tro-ly-cchc
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY messages/ messages/
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# Fonts with Vietnamese glyphs, so charts render diacritics instead of boxes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /app troly
WORKDIR /app
COPY --from=build /src/target/tro-ly-cchc.jar /app/tro-ly-cchc.jar
RUN mkdir -p /app/data && chown troly /app/data
USER troly
VOLUME /app/data
ENV TZ=Asia/Ho_Chi_Minh
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", "/app/tro-ly-cchc.jar"]
