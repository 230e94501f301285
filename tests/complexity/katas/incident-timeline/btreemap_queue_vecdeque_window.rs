// learner: optimal
// idiom: BTreeMap<(ts, stream), Event> as the k-entry priority queue (pop_first, O(log k)); spikes with a VecDeque sliding window of failure times fed from an iterator
use std::collections::{BTreeMap, VecDeque};

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
    let mut sources: Vec<_> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut queue: BTreeMap<(u64, usize), Event> = BTreeMap::new();
    for (i, src) in sources.iter_mut().enumerate() {
        if let Some(e) = src.next() {
            queue.insert((e.ts, i), e);
        }
    }
    let mut out = Vec::new();
    while let Some(((_, i), e)) = queue.pop_first() {
        out.push(e);
        if let Some(next) = sources[i].next() {
            queue.insert((next.ts, i), next);
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut upcoming = timeline.iter().filter_map(|e| match e.kind {
        Kind::Failure(_) => Some(e.ts),
        _ => None,
    }).peekable();
    let mut near: VecDeque<u64> = VecDeque::new();
    let mut spikes = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let end = e.ts.saturating_add(window);
        while let Some(&f) = upcoming.peek() {
            if f > end {
                break;
            }
            near.push_back(f);
            upcoming.next();
        }
        let start = e.ts.saturating_sub(window);
        while near.front().is_some_and(|&f| f < start) {
            near.pop_front();
        }
        if !near.is_empty() {
            spikes.push(Spike { ts: e.ts, metric: name.to_string(), value: *value, failures: near.len() });
        }
    }
    spikes
}
