// learner: optimal
// idiom: BTreeMap<(ts, stream), Event> as the k-head priority queue (pop_first); spikes via a VecDeque window of failure times fed from a forward cursor
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

use std::collections::{BTreeMap, VecDeque};

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut sources: Vec<_> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut queue: BTreeMap<(u64, usize), Event> = BTreeMap::new();
    for (idx, src) in sources.iter_mut().enumerate() {
        if let Some(e) = src.next() {
            queue.insert((e.ts, idx), e);
        }
    }
    let mut merged = Vec::with_capacity(total);
    while let Some(((_, idx), e)) = queue.pop_first() {
        merged.push(e);
        if let Some(n) = sources[idx].next() {
            queue.insert((n.ts, idx), n);
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut spikes = Vec::new();
    let mut near: VecDeque<u64> = VecDeque::new(); // failure times in [spike - window, spike + window]
    let mut ahead = 0usize; // next timeline index not yet looked at for failures
    for event in timeline.iter() {
        match &event.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let upper = event.ts.saturating_add(window);
                while ahead < timeline.len() && timeline[ahead].ts <= upper {
                    if let Kind::Failure(_) = timeline[ahead].kind {
                        near.push_back(timeline[ahead].ts);
                    }
                    ahead += 1;
                }
                let lower = event.ts.saturating_sub(window);
                while near.front().map_or(false, |&t| t < lower) {
                    near.pop_front();
                }
                if !near.is_empty() {
                    spikes.push(Spike { ts: event.ts, metric: name.to_string(), value: *value, failures: near.len() });
                }
            }
            _ => {}
        }
    }
    spikes
}
