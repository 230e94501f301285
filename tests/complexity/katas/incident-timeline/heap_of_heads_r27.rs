// learner: optimal
// idiom: Lisp Machine nostalgic: a heap of stream "heads" with a hand-written Ord, and the spike sweep as two cursors over the timeline itself carrying a running count (no side list)
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::iter::Peekable;
use std::vec::IntoIter;

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

/// The head of one stream: its next timestamp and which stream it is.
#[derive(PartialEq, Eq)]
struct Head {
    ts: u64,
    stream: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        // reversed: BinaryHeap is a max-heap, we want the smallest (ts, stream)
        (other.ts, other.stream).cmp(&(self.ts, self.stream))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut cdrs: Vec<Peekable<IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heads: BinaryHeap<Head> = cdrs
        .iter_mut()
        .enumerate()
        .filter_map(|(stream, it)| it.peek().map(|e| Head { ts: e.ts, stream }))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Head { stream, .. }) = heads.pop() {
        let cursor = &mut cdrs[stream];
        out.extend(cursor.next());
        if let Some(next) = cursor.peek() {
            heads.push(Head { ts: next.ts, stream });
        }
    }
    out
}

fn failure_at(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

/// Reports spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let (mut lo, mut hi, mut live) = (0usize, 0usize, 0usize);
    let mut spikes = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let (from, to) = (e.ts.saturating_sub(window), e.ts.saturating_add(window));
        while hi < timeline.len() && timeline[hi].ts <= to {
            if failure_at(&timeline[hi]) {
                live += 1;
            }
            hi += 1;
        }
        while lo < hi && timeline[lo].ts < from {
            if failure_at(&timeline[lo]) {
                live -= 1;
            }
            lo += 1;
        }
        if live > 0 {
            spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: live });
        }
    }
    spikes
}
