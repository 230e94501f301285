// learner: optimal
// idiom: Peekable streams with a heap of stream indices; spikes with nested `for` over the failure times that resumes at a saved index (two pointers written as for loops; each loop exits by `break`)
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::iter::Peekable;

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
    let mut heads: Vec<Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter_mut()
        .enumerate()
        .filter_map(|(i, h)| h.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        out.extend(heads[i].next());
        if let Some(e) = heads[i].peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut first = 0; // first failure not before the window
    let mut past = 0; // first failure after the window
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let lo = e.ts.saturating_sub(window);
                let hi = e.ts.saturating_add(window);
                for &f in &fails[first..] {
                    if f >= lo {
                        break;
                    }
                    first += 1;
                }
                past = past.max(first);
                for &f in &fails[past..] {
                    if f > hi {
                        break;
                    }
                    past += 1;
                }
                if past > first {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: past - first });
                }
            }
        }
    }
    spikes
}
