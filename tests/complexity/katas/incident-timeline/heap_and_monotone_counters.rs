// learner: optimal
// idiom: Agda/proof-assistant researcher: heap of Reverse((ts, stream)) over peekable iterators (the key is a lexicographic order that encodes the tie rule); spikes by two monotone counters over filtered iterators of the timeline itself, no extra storage
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary log line.
    Log(String),
    /// A failed request, job or health check.
    Failure(String),
    /// A metric sample.
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the epoch.
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    /// Failures with `|failure.ts - ts| <= window`.
    pub failures: usize,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
///
/// Each stream has at most one key `(ts, i)` in the heap at a time, so keys are distinct and
/// the lexicographic order on them is exactly the required tie-break.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut sources: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = sources
        .iter_mut()
        .enumerate()
        .filter_map(|(i, s)| s.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let e = sources[i].next().expect("a stream in the heap has a head");
        out.push(e);
        if let Some(next) = sources[i].peek() {
            heap.push(Reverse((next.ts, i)));
        }
    }
    out
}

fn failure_times(timeline: &[Event]) -> impl Iterator<Item = u64> + '_ {
    timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts)
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
///
/// `below(t)` = #failures with ts < t - window and `upto(t)` = #failures with ts <= t + window
/// are both monotone in t, so each is a cursor that only moves forward; the count is their
/// difference.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut low = failure_times(timeline).peekable();
    let mut high = failure_times(timeline).peekable();
    let (mut below, mut upto) = (0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        while low.next_if(|&f| f < from).is_some() {
            below += 1;
        }
        while high.next_if(|&f| f <= to).is_some() {
            upto += 1;
        }
        let failures = upto - below;
        if failures > 0 {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures });
        }
    }
    out
}
