//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary log line.
    Log(String),
    /// A failed request, job or health check.
    Failure(String),
    /// A metric sample.
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the epoch.
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    /// Failures with `|failure.ts - ts| <= window`.
    pub failures: usize,
}

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    // Concatenate and re-sort; the stable sort keeps stream order, then in-stream order, on ties.
    let mut all: Vec<Event> = streams.into_iter().flatten().collect();
    all.sort_by_key(|e| e.ts);
    all
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let mut failures = 0;
            for f in timeline {
                if matches!(f.kind, Kind::Failure(_)) && f.ts.abs_diff(e.ts) <= window {
                    failures += 1;
                }
            }
            if failures > 0 {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures });
            }
        }
    }
    out
}
