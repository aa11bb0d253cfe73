#!/usr/bin/env python3
"""The DuckDB side of tekser-bench: the same CSV files, the same lookup by identifier.

  duckdb-bench.py time CSV DELIMITER ENCODING COLUMN < probes
      Loads CSV into a table with read_csv and times lookups of the probes read from
      standard input (lines "hit 123456789012" or "miss ..."); prints one JSON object.
  duckdb-bench.py query BIN CSV DELIMITER ENCODING COLUMN [CSV DELIMITER ENCODING COLUMN ...]
      Answers one query straight from the CSV files and prints the rows, as a fresh
      process does (the cold start compared with `tekser check BIN`).
  duckdb-bench.py build CSV DELIMITER ENCODING COLUMN [CSV DELIMITER ENCODING COLUMN ...]
      CREATE TABLE ... AS SELECT * FROM read_csv(...) of every file in one process (compared
      with `tekser data build`), twice: into an in-memory database, and into a database file
      checkpointed to disk (as `tekser data build` writes and syncs its file); prints both
      times, transcoding included, and the file's size.

DuckDB reads only UTF-8 (and latin-1, UTF-16) without its `encodings` extension, which it
downloads on first use; so a cp1251 or kz1048 file is first transcoded to a temporary UTF-8
file with Python's codec, and that time is counted in DuckDB's load.
"""
import json
import os
import sys
import tempfile
import time

import duckdb


def utf8_file(path, encoding):
    """The path of a UTF-8 copy of the file (the file itself when it is UTF-8 already)."""
    if encoding.lower().replace("-", "") == "utf8":
        return path, False
    with open(path, "rb") as source:
        text = source.read().decode(encoding)
    with tempfile.NamedTemporaryFile("wb", suffix=".csv", delete=False) as copy:
        copy.write(text.encode("utf-8"))
    return copy.name, True


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def identifier(text):
    return '"' + text.replace('"', '""') + '"'


def read_csv(path, delimiter, column):
    """read_csv with the file's delimiter; the identifier column as text, as written (leading zeros)."""
    return (f"read_csv({literal(path)}, delim={literal(delimiter)}, header=true, "
            f"types={{{literal(column)}: 'VARCHAR'}})")


def time_lookups(csv, delimiter, encoding, column):
    probes = [line.split() for line in sys.stdin if line.strip()]
    started = time.perf_counter()
    path, temporary = utf8_file(csv, encoding)
    transcoded = time.perf_counter()
    connection = duckdb.connect()
    connection.execute(f"CREATE TABLE registry AS SELECT * FROM {read_csv(path, delimiter, column)}")
    loaded = time.perf_counter()
    if temporary:
        os.remove(path)
    rows = connection.execute("SELECT count(*) FROM registry").fetchone()[0]
    query = f"SELECT * FROM registry WHERE {identifier(column)} = ?"
    connection.execute(query, ["0"]).fetchall()  # the first query also plans; time the rest
    seconds = {"hit": 0.0, "miss": 0.0}
    counts = {"hit": 0, "miss": 0}
    found = 0
    for kind, number in probes:
        before = time.perf_counter()
        rows_found = connection.execute(query, [number]).fetchall()
        seconds[kind] += time.perf_counter() - before
        found += kind == "hit" and len(rows_found) > 0
        counts[kind] += 1
    print(json.dumps({
        "version": duckdb.__version__, "transcode": transcoded - started, "load": loaded - started,
        "rows": rows, "found": found,
        "hit": seconds["hit"] / max(1, counts["hit"]), "miss": seconds["miss"] / max(1, counts["miss"]),
    }))


def query(number, sources):
    connection = duckdb.connect()
    for csv, delimiter, encoding, column in sources:
        path, temporary = utf8_file(csv, encoding)
        sql = f"SELECT * FROM {read_csv(path, delimiter, column)} WHERE {identifier(column)} = ?"
        for row in connection.execute(sql, [number]).fetchall():
            print(os.path.basename(csv), *row, sep="\t")
        if temporary:
            os.remove(path)


def build_into(database, sources):
    """Seconds to create a table of every file in `database` (":memory:" or a file path)."""
    started = time.perf_counter()
    connection = duckdb.connect(database)
    for position, (csv, delimiter, encoding, column) in enumerate(sources):
        path, temporary = utf8_file(csv, encoding)
        connection.execute(f"CREATE TABLE registry{position} AS SELECT * FROM {read_csv(path, delimiter, column)}")
        if temporary:
            os.remove(path)
    if database != ":memory:":
        connection.execute("CHECKPOINT")
    connection.close()
    return time.perf_counter() - started


def build(sources):
    memory = build_into(":memory:", sources)
    # Beside the data folder (not in it), on the disk `tekser data build` writes to.
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.dirname(os.path.abspath(sources[0][0])))) as folder:
        database = os.path.join(folder, "registries.duckdb")
        on_disk = build_into(database, sources)
        size = os.path.getsize(database)
    print(json.dumps({"version": duckdb.__version__, "seconds": memory, "file_seconds": on_disk, "file_bytes": size}))


def main(arguments):
    if len(arguments) == 5 and arguments[0] == "time":
        time_lookups(*arguments[1:])
    elif len(arguments) >= 6 and arguments[0] == "query" and (len(arguments) - 2) % 4 == 0:
        rest = arguments[2:]
        query(arguments[1], [rest[i:i + 4] for i in range(0, len(rest), 4)])
    elif len(arguments) >= 5 and arguments[0] == "build" and (len(arguments) - 1) % 4 == 0:
        rest = arguments[1:]
        build([rest[i:i + 4] for i in range(0, len(rest), 4)])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
