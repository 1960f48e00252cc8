#!/usr/bin/env bash
# Rebuilds the entity tagging models in src/main/resources/org/gazette/entity/ from the gold data in
# ../shared/understanding/ and the Azerbaijani gold set in src/test/resources/entity/, and writes the
# cross-validated predictions to target/entities/cv-{ru,en,az}.jsonl, then scores them with score.py.
# About 4-10 minutes on two cores, depending on what else runs. See docs/understanding.md ("Retraining").
#
#   tools/train-entities.sh [SHARED_DIR]
#
# The word lists are rebuilt from Debian's packages when they are installed (apt-get install wamerican
# iso-codes wordnet-base); otherwise the committed ones are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="$(cd "${1:-${GAZETTE_SHARED_DIR:-../shared}}" && pwd)"
models=src/main/resources/org/gazette/entity
if [ -f /usr/share/dict/american-english ]; then
  grep -v "'" /usr/share/dict/american-english | gzip -9n > "$models/words-en.txt.gz"
  cp /usr/share/doc/wamerican/copyright "$models/LICENSE-words-en.txt"
fi
if [ -f /usr/share/iso-codes/json/iso_3166-2.json ]; then
  python3 tools/place-names.py | gzip -9n > "$models/places-iso.txt.gz"
  cp /usr/share/doc/iso-codes/copyright "$models/LICENSE-places-iso.txt"
fi
if [ -f /usr/share/wordnet/data.noun ]; then
  python3 tools/wordnet-names.py | gzip -9n > "$models/names-wordnet.txt.gz"
  cp /usr/share/doc/wordnet-base/copyright "$models/LICENSE-names-wordnet.txt"
fi
# the training main runs as a (normally disabled) JUnit test, so that Maven needs no other plugin
mvn -o -q test -Dtest=TrainEntityModels -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgazette.train-entities=true -Dgazette.shared-dir="$shared"
for lang in ru en; do
  gold="$shared/understanding/dev/$([ $lang = ru ] && echo ru-factrueval-dev || echo en-gum-dev).jsonl"
  echo "== $lang: score.py on the cross-validated predictions"
  python3 "$shared/understanding/score.py" "$gold" "target/entities/cv-$lang.jsonl"
done
