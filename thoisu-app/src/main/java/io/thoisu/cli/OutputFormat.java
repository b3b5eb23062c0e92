package io.thoisu.cli;

/** How a command prints: human-readable text, one JSON document, or JSON lines. */
enum OutputFormat { text, json, jsonl }
