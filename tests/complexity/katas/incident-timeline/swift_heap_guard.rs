// learner: optimal
// idiom: Swift-style: BinaryHeap of Reverse((ts, stream)) over peekable iterators, guard-let early exits, while-loop two pointers
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
    let mut cursors: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (index, stream) in streams.into_iter().enumerate() {
        let mut cursor = stream.into_iter();
        let head = cursor.next();
        if let Some(ev) = &head {
            heap.push(Reverse((ev.ts, index)));
        }
        heads.push(head);
        cursors.push(cursor);
    }
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, index))) = heap.pop() {
        guard_emit(&mut heads[index], &mut out);
        let Some(next) = cursors[index].next() else { continue };
        heap.push(Reverse((next.ts, index)));
        heads[index] = Some(next);
    }
    out
}

fn guard_emit(slot: &mut Option<Event>, out: &mut Vec<Event>) {
    guard_let(slot.take()).map(|ev| out.push(ev));
}

fn guard_let(ev: Option<Event>) -> Option<Event> {
    ev
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut spikes = Vec::new();
    for event in timeline {
        let Kind::Metric { name, value } = &event.kind else { continue };
        let Some(value) = guard_threshold(*value, threshold) else { continue };
        let start = event.ts.saturating_sub(window);
        let end = event.ts.saturating_add(window);
        while lo < failures.len() && failures[lo] < start {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < failures.len() && failures[hi] <= end {
            hi += 1;
        }
        let count = hi - lo;
        if count == 0 {
            continue;
        }
        spikes.push(Spike { ts: event.ts, metric: name.clone(), value, failures: count });
    }
    spikes
}

fn guard_threshold(value: u64, threshold: u64) -> Option<u64> {
    if value < threshold {
        return None;
    }
    Some(value)
}
