// learner: optimal
// idiom: Agda/proof-assistant researcher: the frontier as an ordered map BTreeMap<(ts, stream), Event> popped with pop_first (a priority queue as a sorted finite map); spikes with a VecDeque window of failure times fed by one forward cursor
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

use std::collections::{BTreeMap, VecDeque};

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
///
/// The frontier holds exactly the head of every non-empty stream, keyed by `(ts, stream)`;
/// its minimum is the next event of the merged order.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let n: usize = streams.iter().map(Vec::len).sum();
    let mut tails: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut frontier: BTreeMap<(u64, usize), Event> = BTreeMap::new();
    for (i, tail) in tails.iter_mut().enumerate() {
        if let Some(e) = tail.next() {
            frontier.insert((e.ts, i), e);
        }
    }
    let mut merged = Vec::with_capacity(n);
    while let Some(((_, i), e)) = frontier.pop_first() {
        merged.push(e);
        if let Some(next) = tails[i].next() {
            frontier.insert((next.ts, i), next);
        }
    }
    merged
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
///
/// Window invariant: `near` holds exactly the failure times in `[ts - window, ts + window]`
/// seen so far by the cursor, in order.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut cursor = timeline
        .iter()
        .filter_map(|e| matches!(e.kind, Kind::Failure(_)).then_some(e.ts))
        .peekable();
    let mut near: VecDeque<u64> = VecDeque::new();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let (lo, hi) = (ts.saturating_sub(window), ts.saturating_add(window));
            while let Some(f) = cursor.next_if(|&f| f <= hi) {
                near.push_back(f);
            }
            while near.front().is_some_and(|&f| f < lo) {
                near.pop_front();
            }
            (!near.is_empty()).then(|| Spike { ts, metric: name.clone(), value, failures: near.len() })
        })
        .collect()
}
