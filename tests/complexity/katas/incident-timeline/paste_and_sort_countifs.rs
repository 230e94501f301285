// learner: slow
// idiom: spreadsheet power user: paste all sheets under each other and Sort by the time column (stable, so ties stay put); for each spike a COUNTIFS over the whole failure column
// why: merge_streams is O(N log N) (concatenate + stable sort) vs O(N log k); coinciding_spikes is O(spikes x failures) = O(N^2) (full rescan per spike) vs O(N)
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
    let mut all: Vec<Event> = Vec::new();
    for s in streams {
        for e in s {
            all.push(e);
        }
    }
    all.sort_by_key(|e| e.ts);
    all
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let mut count = 0;
                for other in timeline {
                    if let Kind::Failure(_) = other.kind {
                        let gap = if other.ts > e.ts { other.ts - e.ts } else { e.ts - other.ts };
                        if gap <= window {
                            count += 1;
                        }
                    }
                }
                if count > 0 {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: count });
                }
            }
        }
    }
    spikes
}
