#!/usr/bin/env bash
# What loading 10 plugin jars adds to start-up (docs/performance.md, "Plugins at start-up").
# Builds 10 small plugins (each: a component provider, an annotator, its own UIMA type system),
# then times `annalist run` of a one-document pipeline with an empty plugins folder and with the
# 10 plugins, alternating, and prints the medians. Usage: benchmarks/plugin-startup.sh [ROUNDS]
set -euo pipefail
ANNALIST_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-10}"
WORK="$ANNALIST_HOME/benchmarks/target/plugin-startup"
LIB="$ANNALIST_HOME/cli/target/lib"
[ -f "$ANNALIST_HOME/cli/target/annalist-cli.jar" ] || (cd "$ANNALIST_HOME" && mvn -B -q -DskipTests package -pl cli -am)
rm -rf "$WORK" && mkdir -p "$WORK/none" "$WORK/ten" "$WORK/in" "$WORK/src"
echo "A drone crossed the river at dawn." > "$WORK/in/a.txt"
cat > "$WORK/p.yaml" <<YAML
reader: { component: tika, params: { sourceLocation: $WORK/in } }
annotators: []
consumers: [ jsonl ]
YAML

for i in $(seq 1 10); do
  pkg="bench.plugin$i"; dir="$WORK/src/p$i"; mkdir -p "$dir/bench/plugin$i" "$dir/META-INF/services" "$dir/META-INF/org.apache.uima.fit"
  cat > "$dir/bench/plugin$i/Marker.java" <<JAVA
package $pkg;
public class Marker extends org.apache.uima.fit.component.JCasAnnotator_ImplBase {
  @org.apache.uima.fit.descriptor.ConfigurationParameter(name = "word", mandatory = false, description = "A word.")
  private String word;
  @Override public void process(org.apache.uima.jcas.JCas jcas) {}
}
JAVA
  cat > "$dir/bench/plugin$i/Plugin.java" <<JAVA
package $pkg;
public class Plugin implements org.annalist.core.plugin.ComponentProvider {
  @Override public java.util.List<org.annalist.core.plugin.ComponentDescriptor> components() {
    return java.util.List.of(org.annalist.core.plugin.ComponentDescriptor.annotator("marker$i", Marker.class, "Benchmark plugin."));
  }
}
JAVA
  cat > "$dir/bench/plugin$i/types.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types>
  <typeDescription><name>$pkg.Mark</name><supertypeName>uima.tcas.Annotation</supertypeName>
    <features><featureDescription><name>label</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features>
  </typeDescription></types></typeSystemDescription>
XML
  echo "$pkg.Plugin" > "$dir/META-INF/services/org.annalist.core.plugin.ComponentProvider"
  echo "classpath*:bench/plugin$i/types.xml" > "$dir/META-INF/org.apache.uima.fit/types.txt"
  javac -d "$dir" -cp "$LIB/*" "$dir/bench/plugin$i/"*.java
  (cd "$dir" && jar cf "$WORK/ten/plugin$i.jar" bench META-INF)
done

JVM_OPTIONS="$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ANNALIST_HOME/bin/jvm.options" | tr '\n' ' ')"
time_run() {  # prints "wall-ms cpu-ms" (CPU: user + system of the JVM, all threads) of one run with plugins folder $1
  local TIMEFORMAT='%R %U %S' times
  # shellcheck disable=SC2086
  times=$( { time java $JVM_OPTIONS -Xmx1g -jar "$ANNALIST_HOME/cli/target/annalist-cli.jar" run "$WORK/p.yaml" --force \
    --no-progress --output "$WORK/out-$(basename "$1")" --threads 1 --plugins "$1" > /dev/null 2>&1; } 2>&1 )
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<< "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_run "$WORK/none" > /dev/null; time_run "$WORK/ten" > /dev/null   # warm the file cache
: > "$WORK/none.ms"; : > "$WORK/ten.ms"
for _ in $(seq 1 "$ROUNDS"); do
  time_run "$WORK/none" >> "$WORK/none.ms"
  time_run "$WORK/ten" >> "$WORK/ten.ms"
done
for column in 1 2; do
  label=$([ "$column" = 1 ] && echo "wall time" || echo "CPU time")
  none=$(cut -d' ' -f"$column" "$WORK/none.ms" | median); ten=$(cut -d' ' -f"$column" "$WORK/ten.ms" | median)
  echo "median $label over $ROUNDS alternating runs: no plugins ${none} ms, 10 plugins ${ten} ms, difference $(awk -v a="$ten" -v b="$none" 'BEGIN {print a - b}') ms"
done
echo "no plugins (wall cpu): $(tr '\n' ',' < "$WORK/none.ms")"
echo "10 plugins (wall cpu): $(tr '\n' ',' < "$WORK/ten.ms")"
