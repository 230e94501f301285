// learner: slow
// idiom: Groovy/Gradle build engineer: streams.flatten().sort { it.ts } — concatenate everything and lean on the stable sort; spikes with the cursor pair
// why: merge_streams is O(N log N) (a stable sort of the concatenation) vs the O(N log k) target; coinciding_spikes is O(N) as asked
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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut all: Vec<Event> = streams.into_iter().flatten().collect();
    // stable: equal ts keep stream order, then in-stream order
    all.sort_by_key(|e| e.ts);
    all
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut from, mut to) = (0, 0);
    let mut spikes = vec![];
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            while from < failures.len() && failures[from] < e.ts.saturating_sub(window) {
                from += 1;
            }
            to = to.max(from);
            while to < failures.len() && failures[to] <= e.ts.saturating_add(window) {
                to += 1;
            }
            if to > from {
                spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: to - from });
            }
        }
    }
    spikes
}
