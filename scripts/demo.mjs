// The demo: ingest the bundled sample corpus into a fresh data/demo.db and build the briefing.
console.log("demo: not wired yet");
