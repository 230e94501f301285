// learner: slow
// why: merge_streams is O(N log N) time and O(N) space, target O(N log k) / O(k): inserts every event into a BTreeMap keyed by (ts, stream, position)
use std::collections::BTreeMap;

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

/// Orders all events at once: the key's stream and position keep ties stable.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut ordered = BTreeMap::new();
    for (stream, events) in streams.into_iter().enumerate() {
        for (position, event) in events.into_iter().enumerate() {
            ordered.insert((event.ts, stream, position), event);
        }
    }
    ordered.into_values().collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                    hi += 1;
                }
                if hi > lo {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
                }
            }
        }
    }
    spikes
}
