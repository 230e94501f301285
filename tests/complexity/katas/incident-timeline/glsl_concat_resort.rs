// learner: slow
// idiom: GLSL: concatenate every stream into one big buffer and let a stable sort by ts do the merge (like re-sorting all particles each frame); spikes with two indices
// why: merge_streams: concatenate + stable sort is O(N log N) instead of O(N log k) (for fixed k, log N vs a constant per event)
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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut all: Vec<Event> = Vec::new();
    for s in streams {
        all.extend(s);
    }
    // stable: equal ts keep stream order, then in-stream order
    all.sort_by_key(|e| e.ts);
    all
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // gather failure timestamps: already sorted since the timeline is
    let mut fails: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            fails.push(ev.ts);
        }
    }
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = ev.ts.saturating_sub(window);
        let to = ev.ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        let count = hi - lo;
        if count > 0 {
            out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: count });
        }
    }
    out
}

