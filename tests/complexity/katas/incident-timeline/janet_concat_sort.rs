// learner: slow
// idiom: Janet: `(sort-by ...)` on the concatenated array, like I'd do at the REPL; spikes rescan the failures with a nested loop
// why: concatenate + stable sort costs O(N log N) instead of O(N log k); nested loop over failures per spike is O(S F) = O(N^2)
//! Merge log streams into one incident timeline, then correlate spikes with failures.

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


pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    // (array/concat ...) then (sort-by ...): stable, so ties keep stream order
    let mut all: Vec<Event> = Vec::new();
    for s in streams {
        all.extend(s);
    }
    all.sort_by_key(|e| e.ts);
    all
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut out = Vec::new();
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            let mut n = 0usize;
            for other in timeline {
                if let Kind::Failure(_) = other.kind {
                    if other.ts.abs_diff(ev.ts) <= window {
                        n += 1;
                    }
                }
            }
            if n > 0 {
                out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: n });
            }
        }
    }
    out
}
