#!/usr/bin/env python3
"""Writes the worst inputs that still pass each limit of the tool's import readers (ReaderLimits), into the folder
given as the only argument. measure.sh imports each with the built tool and reports time and peak memory; the
results are in docs/security.md ("Input readers of the tool")."""
import os
import sys

MAX_INPUT = 16 * 1024 * 1024
MAX_VALUE = 100_000
MAX_EXPANDED = 4 * MAX_INPUT
MAX_BRACE_DEPTH = 100
MAX_XML_DEPTH = 32
MAX_YAML_DEPTH = 64
MAX_PAPERS = 100_000

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, text):
    data = text.encode("utf-8")
    assert len(data) <= MAX_INPUT, (name, len(data))
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


# Macro expansion: one macro just under the value limit, made of accents, referred to by as many titles as the
# expansion limit allows; every title is decoded as LaTeX and written as an entry.
accent = "\\'{e}"
big = accent * ((MAX_VALUE - 1_000) // len(accent))
count = MAX_EXPANDED // len(big) - 1
bib = ["@string{big = {" + big + "}}\n"]
for i in range(count):
    bib.append("@misc{k%d, title = big, author = {Doe, Jane}, year = 2020}\n" % i)
write("expansion.bib", "".join(bib))

# Brace depth: values at the deepest nesting allowed, filling the input.
group = "\\'{" * (MAX_BRACE_DEPTH - 1) + "e" + "}" * (MAX_BRACE_DEPTH - 1)
title = "{" + group * ((MAX_VALUE - 2) // len(group)) + "}"
entry = "@misc{k%d, title = " + title + ", author = {Doe, Jane}, year = 2020}\n"
write("depth.bib", "".join(entry % i for i in range(MAX_INPUT // len(entry) - 1)))

# Atom: entries whose summary nests to the deepest level allowed (the feed and the entry take two).
inner = "<x>" * (MAX_XML_DEPTH - 3) + "text" + "</x>" * (MAX_XML_DEPTH - 3)
atom_entry = ("<entry><id>http://arxiv.org/abs/2005.%05dv1</id><title>Deep %d</title><summary>" + inner
              + "</summary><published>2020-05-28T00:00:00Z</published><author><name>Jane Doe</name></author></entry>\n")
head = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
n = (MAX_INPUT - 100) // (len(atom_entry) + 10)
write("deep.xml", head + "".join(atom_entry % (i % 100_000, i) for i in range(n)) + "</feed>\n")

# Listing: the longest title and abstract lines allowed, filling the input (no metadata: every paper is skipped).
pair = "T" * 400 + "\n" + "a" * (MAX_VALUE - 1) + "\n"
write("listing.txt", "new\nnews\nSubscribe\nby\ndate\n" + pair * ((MAX_INPUT - 100) // len(pair)))

# Metadata: records whose authors nest to the deepest level allowed, filling the input.
nested = "[" * (MAX_YAML_DEPTH - 2) + "]" * (MAX_YAML_DEPTH - 2)
record = "- title: T\n  year: 2020\n  authors: " + nested + "\n"
write("metadata.yaml", record * min(MAX_PAPERS, (MAX_INPUT - 100) // len(record)))
write("small-listing.txt", "new\nnews\nSubscribe\nby\ndate\nT\nAn abstract.\n")
