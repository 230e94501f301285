// learner: optimal
// idiom: JS-ish: BinaryHeap<Reverse<(ts, stream)>> + Vec of IntoIter cursors, filter_map for failure times, two index pointers with while loops
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What happened.
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
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut cursors: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::new();
    for (idx, c) in cursors.iter_mut().enumerate() {
        if let Some(ev) = c.peek() {
            heap.push(Reverse((ev.ts, idx)));
        }
    }
    while let Some(Reverse((_, idx))) = heap.pop() {
        let ev = cursors[idx].next().expect("heap entry has a head");
        out.push(ev);
        if let Some(next) = cursors[idx].peek() {
            heap.push(Reverse((next.ts, idx)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut spikes = vec![];
    for ev in timeline {
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
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
            spikes.push(Spike { ts: ev.ts, metric: name.clone(), value, failures: count });
        }
    }
    spikes
}
