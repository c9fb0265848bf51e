#!/usr/bin/env node
// Renders each item of a CSL-JSON array on its own with citeproc-js and the APA 7th edition style, and prints a JSON
// object mapping each item's id to its reference. Items are rendered one at a time because the formatter formats one
// paper at a time: a whole bibliography would add year suffixes (2020a, 2020b) that depend on the other items.
//
// Usage: node render.js text|html|markdown items.json
//
// html is citeproc-js's own html format, without the csl-entry wrapper. markdown is citeproc-js's text format with
// italics as *...* and Markdown's punctuation backslash-escaped; citeproc-js has no Markdown format of its own.
'use strict';

const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [format, itemsFile] = process.argv.slice(2);
if (!['text', 'html', 'markdown'].includes(format) || !itemsFile) {
  process.stderr.write('usage: node render.js text|html|markdown items.json\n');
  process.exit(2);
}

CSL.Output.Formats.markdown = Object.assign({}, CSL.Output.Formats.text, {
  text_escape: text => (text || '').replace(/[\\`*_[\]<>]/g, c => '\\' + c),
  '@font-style/italic': '*%%STRING%%*',
});

const here = __dirname;
const style = fs.readFileSync(path.join(here, 'apa.csl'), 'utf8');
const locale = fs.readFileSync(path.join(here, 'locales-en-US.xml'), 'utf8');
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));

// One engine for all items (building one parses the whole style); updateItems replaces its registry, so each
// bibliography holds exactly one item.
const byId = new Map(items.map(item => [item.id, item]));
const sys = {
  retrieveLocale: () => locale,
  retrieveItem: id => byId.get(id),
};
const engine = new CSL.Engine(sys, style, 'en-US', true);
engine.setOutputFormat(format);

const result = {};
for (const item of items) {
  engine.updateItems([item.id]);
  const [meta, entries] = engine.makeBibliography();
  if (meta.bibliography_errors.length > 0) {
    process.stderr.write(item.id + ': ' + JSON.stringify(meta.bibliography_errors) + '\n');
    process.exit(1);
  }

  let entry = entries[0].trim();
  if (format === 'html') {
    entry = entry.replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '');
  }

  result[item.id] = entry;
}

process.stdout.write(JSON.stringify(result, null, 2) + '\n');
