// learner: optimal
// idiom: Swift protocol-as-trait for stream cursors, custom Ord on a heap entry struct, for-with-break two pointers over failure times
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

trait EventSource {
    fn head_ts(&self) -> Option<u64>;
    fn advance(&mut self) -> Option<Event>;
}

struct VecSource {
    events: std::vec::IntoIter<Event>,
    head: Option<Event>,
}

impl VecSource {
    fn new(events: Vec<Event>) -> Self {
        let mut events = events.into_iter();
        let head = events.next();
        VecSource { events, head }
    }
}

impl EventSource for VecSource {
    fn head_ts(&self) -> Option<u64> {
        self.head.as_ref().map(|e| e.ts)
    }

    fn advance(&mut self) -> Option<Event> {
        let current = self.head.take()?;
        self.head = self.events.next();
        Some(current)
    }
}

#[derive(PartialEq, Eq)]
struct HeapEntry {
    ts: u64,
    source: usize,
}

impl Ord for HeapEntry {
    fn cmp(&self, other: &Self) -> Ordering {
        // reversed: BinaryHeap is a max-heap, we want the earliest first
        other.ts.cmp(&self.ts).then_with(|| other.source.cmp(&self.source))
    }
}

impl PartialOrd for HeapEntry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let capacity = streams.iter().map(|s| s.len()).sum();
    let mut sources: Vec<VecSource> = streams.into_iter().map(VecSource::new).collect();
    let mut heap: BinaryHeap<HeapEntry> = sources
        .iter()
        .enumerate()
        .filter_map(|(source, s)| s.head_ts().map(|ts| HeapEntry { ts, source }))
        .collect();
    let mut merged = Vec::with_capacity(capacity);
    while let Some(HeapEntry { source, .. }) = heap.pop() {
        guard_let_push(sources[source].advance(), &mut merged);
        if let Some(ts) = sources[source].head_ts() {
            heap.push(HeapEntry { ts, source });
        }
    }
    merged
}

fn guard_let_push(event: Option<Event>, into: &mut Vec<Event>) {
    guard_let_some(event).into_iter().for_each(|e| into.push(e));
}

fn guard_let_some(event: Option<Event>) -> Option<Event> {
    let e = event?;
    Some(e)
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut past = 0usize;
    let mut upto = 0usize;
    let mut result = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
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
        guard_report(&mut result, e.ts, name, value, upto - past);
    }
    result
}

fn guard_report(result: &mut Vec<Spike>, ts: u64, name: &str, value: u64, failures: usize) {
    if failures == 0 {
        return;
    }
    result.push(Spike { ts, metric: name.to_string(), value, failures });
}
