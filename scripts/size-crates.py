#!/usr/bin/env python3
"""The WebAssembly module's code by crate, and its data, raw and compressed.

    python3 scripts/size-crates.py NAMED.wasm

NAMED.wasm must keep its function names (scripts/size-crates.sh builds one the
way scripts/build.sh builds the shipped module, with wasm-opt -g). Each
function is counted for the crate its name starts with (`regex_automata::`,
`<alloc::vec::Vec<T> as ...>`): generic code of the standard library
instantiated for the crate's types counts for the standard library, and
everything the optimiser inlined into a function counts for that function's
crate (the `analyze` and `recheck` exports hold most of cakupan's code).
The compressed column is zlib level 9 of each crate's function bodies
concatenated, a share of the whole: compressed apart, the parts add up to
more than the module's gzip.
"""
import re
import sys
import zlib
from collections import defaultdict


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        yield sid, b[i:i + n]
        i += n


def main(path):
    b = open(path, "rb").read()
    imported = 0
    bodies = []
    names = {}
    data = b""
    for sid, p in sections(b):
        if sid == 2:  # imports: functions among them take the first indices
            n, i = leb(p, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(p, i)
                    i += ln
                kind = p[i]
                i += 1
                if kind == 0:
                    _, i = leb(p, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(p, i)
                    _, i = leb(p, i)
                    if flags & 1:
                        _, i = leb(p, i)
                elif kind == 2:
                    flags, i = leb(p, i)
                    _, i = leb(p, i)
                    if flags & 1:
                        _, i = leb(p, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            n, i = leb(p, 0)
            for _ in range(n):
                ln, i = leb(p, i)
                bodies.append(p[i:i + ln])
                i += ln
        elif sid == 11:
            data = p
        elif sid == 0:
            ln, i = leb(p, 0)
            if p[i:i + ln] != b"name":
                continue
            i += ln
            while i < len(p):
                kind = p[i]
                size, i = leb(p, i + 1)
                if kind == 1:
                    j = i
                    n, j = leb(p, j)
                    for _ in range(n):
                        idx, j = leb(p, j)
                        ln, j = leb(p, j)
                        names[idx] = p[j:j + ln].decode("utf-8", "replace")
                        j += ln
                i += size

    def crate(name):
        name = re.sub(r"\[[0-9a-f]{16}\]", "", name)
        if "shim" in name and " " in name:
            return "cakupan"  # an export's glue, with the pipeline inlined into it
        if name.startswith("cakupan::pattern::compile"):
            # Regex::new inlined into the crate's one call of it.
            return "regex (regex, regex-automata, regex-syntax)"
        if name.startswith(("<[", "<&()", "<&[", "<(")):
            return "std (core, alloc, dlmalloc, hashbrown)"
        m = re.match(r"^[<&\s]*(?:dyn |mut )*([A-Za-z_][A-Za-z0-9_]*)", name)
        if not m:
            return "other"
        c = m.group(1)
        if c in ("js_sys", "wasm_bindgen") or c.startswith(("__wbindgen", "__externref")):
            return "wasm-bindgen, js-sys"
        if c in ("core", "alloc", "std", "str", "char", "f64", "f32", "u8", "u16", "u32", "u64", "usize",
                 "i32", "i64", "T", "A", "bool", "compiler_builtins", "__rustc", "dlmalloc", "hashbrown",
                 "memcmp", "memcpy", "memmove", "memset", "round", "fmin", "fmax") or c.startswith("__"):
            return "std (core, alloc, dlmalloc, hashbrown)"
        if c in ("serde_core", "serde", "serde_json", "serde_wasm_bindgen", "zmij", "itoa"):
            return "serde, serde_json, serde-wasm-bindgen"
        if c.startswith("regex"):
            return "regex (regex, regex-automata, regex-syntax)"
        if c == "cakupan":
            return "cakupan"
        return c

    groups = defaultdict(list)
    other = defaultdict(int)
    for k, body in enumerate(bodies):
        name = names.get(imported + k, "?")
        group = crate(name) if name != "?" else "unnamed (no entry in the name section)"
        groups[group].append(body)
        if group == "other":
            other[name] += len(body)
    rows = [(g, sum(map(len, v)), len(zlib.compress(b"".join(v), 9))) for g, v in groups.items()]
    rows.sort(key=lambda r: -r[2])
    rows.append(("data (strings, tables; all crates)", len(data), len(zlib.compress(data, 9))))
    print(f"{'':44} {'raw':>9} {'zlib -9':>9}")
    for g, raw, z in rows:
        print(f"{g:44} {raw:9d} {z:9d}")
    print(f"{'total (code bodies and data)':44} {sum(r[1] for r in rows):9d} {sum(r[2] for r in rows):9d}")
    for name, size in sorted(other.items(), key=lambda x: -x[1])[:20]:
        print(f"  other: {size:7d} {name[:100]}")


if __name__ == "__main__":
    main(sys.argv[1])
