// learner: optimal
// idiom: heap of Reverse((ts, stream)) over into_iter streams; spikes counted with two indices advanced by inner `while` loops (each index moves at most F times overall)
use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
    let total = streams.iter().map(Vec::len).sum();
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = iters.iter_mut().map(|it| it.next()).collect();
    let mut heap = BinaryHeap::new();
    for (i, h) in heads.iter().enumerate() {
        if let Some(e) = h {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let e = heads[i].take().expect("head present");
        out.push(e);
        if let Some(next) = iters[i].next() {
            heap.push(Reverse((next.ts, i)));
            heads[i] = Some(next);
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
    let (mut lo, mut hi) = (0, 0);
    let mut out = Vec::new();
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
            while hi < fails.len() && fails[hi] <= to {
                hi += 1;
            }
            let n = hi.max(lo) - lo;
            if n > 0 {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: n });
            }
        }
    }
    out
}
