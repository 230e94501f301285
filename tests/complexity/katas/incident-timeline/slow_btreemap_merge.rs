// learner: slow
// why: merge_streams is O(N log N) time and O(N) space, target O(N log k) / O(k): every event goes into one ordered map keyed by (ts, stream, position)
/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

use std::collections::BTreeMap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    // the key makes ties come out by stream index, then by position in the stream
    let mut ordered: BTreeMap<(u64, usize, usize), Event> = BTreeMap::new();
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
        match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                if hi < lo {
                    hi = lo;
                }
                while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                    hi += 1;
                }
                if hi - lo > 0 {
                    spikes.push(Spike { ts: e.ts, metric: name.to_string(), value: *value, failures: hi - lo });
                }
            }
            _ => {}
        }
    }
    spikes
}
