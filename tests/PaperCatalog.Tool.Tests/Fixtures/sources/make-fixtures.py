#!/usr/bin/env python3
"""Writes the add/refresh test responses from the catalog's own entries, in the documented formats of the arXiv API
(Atom 1.0), Crossref's REST API (/works/{doi}) and DataCite's REST API (/dois/{doi}).

Run from this folder after changing gpt-3.yaml or natural-instructions.yaml: python3 make-fixtures.py
Facts the entries do not hold (the first version's timestamp, the version count) are arXiv's real ones."""
import json
import pathlib
import textwrap
from xml.sax.saxutils import escape

import yaml

root = pathlib.Path(__file__).resolve().parents[4]
papers = root / "catalog" / "papers"
here = pathlib.Path(__file__).resolve().parent


def entry(name):
    return yaml.safe_load((papers / name).read_text(encoding="utf-8"))


def atom_entry(paper, version, published, updated, journal_ref=None):
    # arXiv wraps the summary at about 80 columns and indents nothing; the reader collapses the whitespace.
    summary = "\n".join(textwrap.wrap(paper["abstract"], 78, break_on_hyphens=False, break_long_words=False))
    authors = "".join(
        f"\n    <author>\n      <name>{escape(a['given-names'] + ' ' + a['family-names'])}</name>\n    </author>"
        for a in paper["authors"])
    ref = f"\n    <arxiv:journal_ref xmlns:arxiv=\"http://arxiv.org/schemas/atom\">{escape(journal_ref)}</arxiv:journal_ref>" if journal_ref else ""
    arxiv = paper["arxiv"]
    return f"""  <entry>
    <id>http://arxiv.org/abs/{arxiv}v{version}</id>
    <updated>{updated}</updated>
    <published>{published}</published>
    <title>{escape(paper['title'])}</title>
    <summary>  {escape(summary)}
</summary>{authors}{ref}
    <link href="http://arxiv.org/abs/{arxiv}v{version}" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/{arxiv}v{version}" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
"""


def feed(ids, entries):
    query = "search_query%3D%26id_list%3D" + "%2C".join(ids) + "%26start%3D0%26max_results%3D" + str(len(ids))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?{query}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=&amp;id_list={",".join(ids)}&amp;start=0&amp;max_results={len(ids)}</title>
  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
  <updated>2024-01-01T00:00:00-05:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{len(ids)}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{len(ids)}</opensearch:itemsPerPage>
{"".join(entries)}</feed>
"""


gpt3 = entry("gpt-3.yaml")
ni = entry("natural-instructions.yaml")
gpt3_entry = atom_entry(gpt3, 4, "2020-05-28T17:29:03Z", "2020-07-22T19:47:17Z", journal_ref=gpt3["venue"])
ni_entry = atom_entry(ni, 3, "2021-04-18T08:44:56Z", "2022-03-14T15:36:26Z")
(here / "arxiv-2005.14165.xml").write_text(feed(["2005.14165"], [gpt3_entry]), encoding="utf-8")
(here / "arxiv-2104.08773.xml").write_text(feed(["2104.08773"], [ni_entry]), encoding="utf-8")
(here / "arxiv-batch.xml").write_text(feed(["2005.14165", "2104.08773"], [gpt3_entry, ni_entry]), encoding="utf-8")

container = "Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)"
work = {
    "status": "ok",
    "message-type": "work",
    "message-version": "1.0.0",
    "message": {
        "publisher-location": "Stroudsburg, PA, USA",
        "reference-count": 0,
        "publisher": "Association for Computational Linguistics",
        "content-domain": {"domain": [], "crossmark-restriction": False},
        "short-container-title": [],
        "published-print": {"date-parts": [[2022]]},
        "DOI": ni["doi"],
        "type": "proceedings-article",
        "created": {"date-parts": [[2022, 5, 24]], "date-time": "2022-05-24T14:05:21Z", "timestamp": 1653401121000},
        "source": "Crossref",
        "title": [ni["title"]],
        "prefix": "10.18653",
        "author": [{"given": a["given-names"], "family": a["family-names"], "sequence": "first" if i == 0 else "additional", "affiliation": []}
                   for i, a in enumerate(ni["authors"])],
        "member": "1643",
        "event": {"name": container, "location": "Dublin, Ireland", "acronym": "ACL 2022"},
        "container-title": [container],
        "original-title": [],
        "link": [{"URL": "https://aclanthology.org/2022.acl-long.244.pdf", "content-type": "unspecified",
                  "content-version": "vor", "intended-application": "similarity-checking"}],
        "deposited": {"date-parts": [[2022, 5, 24]], "date-time": "2022-05-24T14:05:22Z", "timestamp": 1653401122000},
        "score": 1,
        "resource": {"primary": {"URL": "https://aclanthology.org/2022.acl-long.244"}},
        "issued": {"date-parts": [[2022]]},
        "references-count": 0,
        "URL": "http://dx.doi.org/" + ni["doi"],
        "relation": {"has-preprint": [{"id-type": "arxiv", "id": ni["arxiv"], "asserted-by": "subject"}]},
        "published": {"date-parts": [[2022]]},
    },
}
(here / "crossref-2022.acl-long.244.json").write_text(json.dumps(work, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

# A dataset-style DOI that only DataCite holds (a Zenodo deposit of the GPT-3 paper, for the DataCite path).
record = {
    "data": {
        "id": "10.5281/zenodo.4000001",
        "type": "dois",
        "attributes": {
            "doi": "10.5281/zenodo.4000001",
            "identifiers": [],
            "creators": [
                {"name": "Brown, Tom B.", "nameType": "Personal", "givenName": "Tom B.", "familyName": "Brown", "affiliation": [],
                 "nameIdentifiers": [{"schemeUri": "https://orcid.org", "nameIdentifier": "https://orcid.org/0000-0002-1825-0097", "nameIdentifierScheme": "ORCID"}]},
                {"name": "OpenAI", "nameType": "Organizational", "affiliation": [], "nameIdentifiers": []},
            ],
            "titles": [{"title": gpt3["title"]}],
            "publisher": "Zenodo",
            "container": {},
            "publicationYear": 2020,
            "subjects": [],
            "dates": [{"date": "2020-05-28", "dateType": "Issued"}],
            "language": "en",
            "types": {"ris": "RPRT", "bibtex": "article", "citeproc": "article", "schemaOrg": "ScholarlyArticle", "resourceType": "", "resourceTypeGeneral": "Preprint"},
            "relatedIdentifiers": [],
            "descriptions": [{"description": gpt3["abstract"], "descriptionType": "Abstract"}],
            "url": "https://zenodo.org/record/4000001",
            "state": "findable",
        },
    }
}
(here / "datacite-zenodo.4000001.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
