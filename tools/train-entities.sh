#!/usr/bin/env bash
# Rebuilds the entity tagging models in src/main/resources/org/gazette/entity/ from the gold data in
# ../shared/understanding/ and the Azerbaijani gold set in src/test/resources/entity/, and writes the
# cross-validated predictions to target/entities/cv-{ru,en,az}.jsonl for score.py. About 5 minutes on
# two cores. See docs/understanding.md ("Retraining").
#
#   tools/train-entities.sh [SHARED_DIR]
#
# The English word list is rebuilt from Debian's wamerican when it is installed
# (apt-get install wamerican); otherwise the committed one is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-${GAZETTE_SHARED_DIR:-../shared}}"
models=src/main/resources/org/gazette/entity
if [ -f /usr/share/dict/american-english ]; then
  grep -v "'" /usr/share/dict/american-english | gzip -9n > "$models/words-en.txt.gz"
  cp /usr/share/doc/wamerican/copyright "$models/LICENSE-words-en.txt"
fi
mvn -o -q -DskipTests test-compile
mvn -o -q exec:java -Dexec.mainClass=org.gazette.entity.TrainEntityModels -Dexec.classpathScope=test \
  -Dexec.cleanupDaemonThreads=false -Dexec.args="$shared $models target/entities"
for lang in ru en; do
  gold="$shared/understanding/dev/$([ $lang = ru ] && echo ru-factrueval-dev || echo en-gum-dev).jsonl"
  echo "== $lang: score.py on the cross-validated predictions"
  python3 "$shared/understanding/score.py" "$gold" "target/entities/cv-$lang.jsonl"
done
