#!/bin/sh
# Class-data sharing for the application (docs/performance.md, section 4): writes DIR/app.jsa, the
# classes one start loads, parsed and verified once, so that every later start maps them instead.
# The Dockerfile runs this at build time; the start-up benchmark runs the same script, so it measures
# what the image does.
#
#   app-cds.sh DIR [JVM flags of the real start]
#
# DIR holds tro-ly-cchc.jar and lib/, as `java -Djarmode=tools -jar tro-ly-cchc.jar extract` leaves
# them (the JVM cannot archive classes from the jars nested in the executable jar). Run it with the
# same java, the same DIR path and the same flags as the real start: the archive is only used by
# the JVM build that wrote it, for the same class path (a mismatch is reported and the start goes on
# without it). The training start is the sandbox (no token): the same bot and its polling against a
# simulated Telegram inside the process, on a throw-away database; it stops as soon as the
# application context is refreshed (spring.context.exit=onRefresh) and the JVM writes the archive.
set -eu
# The class path is recorded as given: the real start must name the jar by this same absolute path.
dir=$(cd "$1" && pwd)
shift
java=${JAVA:-java}
work=$(mktemp -d)
cd "$dir"
rm -f app.jsa
if ! env -u TELEGRAM_BOT_TOKEN -u SPRING_DATASOURCE_URL "$java" "$@" -XX:ArchiveClassesAtExit=app.jsa \
	-Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh -jar "$dir/tro-ly-cchc.jar" \
	--troly.sandbox.enabled=true --troly.sandbox.port=0 --troly.sandbox.database-url="jdbc:h2:file:$work/sandbox" \
	>"$work/training.log" 2>&1 || ! test -s app.jsa; then
	cat "$work/training.log" >&2
	rm -rf "$work"
	echo "app-cds.sh: the training start failed; no archive" >&2
	exit 1
fi
rm -rf "$work"
