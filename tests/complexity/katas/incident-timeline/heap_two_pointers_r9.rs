// learner: optimal
// idiom: hint-style BinaryHeap of Reverse((ts, stream)) over into_iter iterators; lo/hi while-loop two pointers
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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut iters: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::new();
    for (i, it) in iters.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    while let Some(Reverse((_, i))) = heap.pop() {
        let e = iters[i].next().unwrap();
        out.push(e);
        if let Some(nxt) = iters[i].peek() {
            heap.push(Reverse((nxt.ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let from = e.ts.saturating_sub(window);
            let to = e.ts.saturating_add(window);
            while lo < fails.len() && fails[lo] < from {
                lo += 1;
            }
            if hi < lo {
                hi = lo;
            }
            while hi < fails.len() && fails[hi] <= to {
                hi += 1;
            }
            if hi > lo {
                spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    spikes
}
