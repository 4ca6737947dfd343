#!/usr/bin/env node
/**
 * The parse-only floor of `npm run bench`: walks a tree and reads and parses the files a container
 * scanner has to look at (Dockerfiles with dockerfile-ast, YAML with yaml, JSON with JSON.parse, TOML
 * with toml-eslint-parser; ignore files, shell and conf files are read only), with no rules, no shell
 * parsing and nothing of Bulkhead's own code, in its own process. Prints the counts it parsed.
 * Usage: node bench/parse-floor.mjs DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';
import { parseTOML } from 'toml-eslint-parser';

const counts = { dockerfile: 0, yaml: 0, json: 0, toml: 0, read: 0, failed: 0 };

function parse(name, text) {
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) {
    DockerfileParser.parse(text);
    counts.dockerfile++;
  } else if (/\.ya?ml$/.test(lower)) {
    parseAllDocuments(text);
    counts.yaml++;
  } else if (lower.endsWith('.json')) {
    JSON.parse(text);
    counts.json++;
  } else if (lower.endsWith('.toml')) {
    parseTOML(text);
    counts.toml++;
  } else counts.read++;
}

const READ_ONLY = /(\.dockerignore|\.conf|\.sh|\.service)$/i;

function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') visit(path);
      continue;
    }
    const lower = entry.name.toLowerCase();
    const wanted =
      lower === 'dockerfile' ||
      lower.startsWith('dockerfile.') ||
      /\.(dockerfile|ya?ml|json|toml)$/.test(lower) ||
      READ_ONLY.test(lower);
    if (!entry.isFile() || !wanted) continue;
    const text = readFileSync(path, 'utf8');
    try {
      parse(entry.name, text);
    } catch {
      counts.failed++;
    }
  }
}

visit(process.argv[2] ?? '.');
process.stdout.write(`${JSON.stringify(counts)}\n`);
