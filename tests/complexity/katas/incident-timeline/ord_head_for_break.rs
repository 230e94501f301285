// learner: optimal
// idiom: custom Ord head struct in a BinaryHeap, match-heavy; spikes with for-loops over the failure slice that break (two pointers written with for)
use std::cmp::Ordering;
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

struct Head {
    ts: u64,
    stream: usize,
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.ts == other.ts && self.stream == other.stream
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    // reversed: BinaryHeap is a max-heap, we want the smallest (ts, stream)
    fn cmp(&self, other: &Self) -> Ordering {
        other.ts.cmp(&self.ts).then_with(|| other.stream.cmp(&self.stream))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let capacity = streams.iter().map(|s| s.len()).sum();
    let mut sources: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut pending: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (stream, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let first = it.next();
        if let Some(e) = &first {
            heap.push(Head { ts: e.ts, stream });
        }
        sources.push(it);
        pending.push(first);
    }
    let mut merged = Vec::with_capacity(capacity);
    while let Some(Head { stream, .. }) = heap.pop() {
        let ev = pending[stream].take().unwrap();
        merged.push(ev);
        match sources[stream].next() {
            Some(e) => {
                heap.push(Head { ts: e.ts, stream });
                pending[stream] = Some(e);
            }
            None => {}
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut past = 0;
    let mut upto = 0;
    let mut found = Vec::new();
    for e in timeline {
        match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let start = e.ts.saturating_sub(window);
                let end = e.ts.saturating_add(window);
                for &f in &fails[past..] {
                    if f >= start {
                        break;
                    }
                    past += 1;
                }
                upto = upto.max(past);
                for &f in &fails[upto..] {
                    if f > end {
                        break;
                    }
                    upto += 1;
                }
                match upto - past {
                    0 => {}
                    n => found.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: n }),
                }
            }
            _ => {}
        }
    }
    found
}
