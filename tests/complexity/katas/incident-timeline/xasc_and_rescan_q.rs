// learner: slow
// idiom: q/kdb+ quant: `raze` the streams then `ts xasc` (a stable sort of the concatenation), and per spike `sum w >= abs f - t` over the whole failure column
// why: merge_streams is O(N log N) (re-sorts the concatenation) vs the O(N log k) target; coinciding_spikes is O(spikes x failures) = O(N^2) (every spike rescans all failures) vs O(N)
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    // raze, then `ts xasc` (stable)
    let mut t: Vec<Event> = streams.into_iter().flatten().collect();
    t.sort_by_key(|e| e.ts);
    t
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let f: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let c = f.iter().filter(|&&x| x.abs_diff(e.ts) <= window).count();
                (c > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures: c })
            }
            _ => None,
        })
        .collect()
}
