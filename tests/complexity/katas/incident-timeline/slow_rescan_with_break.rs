// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): for each spike, loops over the failures from the first one, breaking only once past the window
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
    let mut iters: Vec<_> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut heads: Vec<Option<Event>> = iters.iter_mut().map(|it| it.next()).collect();
    let mut heap = BinaryHeap::new();
    for (i, h) in heads.iter().enumerate() {
        if let Some(e) = h {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        out.push(heads[i].take().unwrap());
        heads[i] = iters[i].next();
        if let Some(e) = &heads[i] {
            heap.push(Reverse((e.ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails = Vec::new();
    for e in timeline {
        if matches!(e.kind, Kind::Failure(_)) {
            fails.push(e.ts);
        }
    }
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let lo = e.ts.saturating_sub(window);
            let hi = e.ts.saturating_add(window);
            let mut count = 0;
            for &f in &fails {
                if f > hi {
                    break;
                }
                if f >= lo {
                    count += 1;
                }
            }
            if count > 0 {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: count });
            }
        }
    }
    out
}
