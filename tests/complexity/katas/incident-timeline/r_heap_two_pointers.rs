// learner: optimal
// idiom: R-style collect-then-compute: heap of (ts, stream) keys over into_iter streams; failure timestamps collected into a vector, then two index pointers
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
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut iters: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = iters
        .iter_mut()
        .enumerate()
        .filter_map(|(i, it)| it.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let ev = iters[i].next().expect("head present");
        out.push(ev);
        if let Some(next) = iters[i].peek() {
            heap.push(Reverse((next.ts, i)));
        }
    }
    out
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let (mut lo, mut hi) = (0usize, 0usize);
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
