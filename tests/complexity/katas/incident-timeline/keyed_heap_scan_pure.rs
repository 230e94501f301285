// learner: optimal
// idiom: heap entries own their event behind a small keyed wrapper with its own Ord, from_fn driven merge, spikes as a scan over the timeline carrying (lo, hi)
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

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A stream head in the heap, ordered so that the smallest (ts, stream) pops first.
struct Head {
    event: Event,
    stream: usize,
}

impl Head {
    fn key(&self) -> (u64, usize) {
        (self.event.ts, self.stream)
    }
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        other.key().cmp(&self.key())
    }
}

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut rests: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heap: BinaryHeap<Head> = rests
        .iter_mut()
        .enumerate()
        .filter_map(|(stream, it)| it.next().map(|event| Head { event, stream }))
        .collect();
    std::iter::from_fn(|| {
        heap.pop().map(|Head { event, stream }| {
            if let Some(next) = rests[stream].next() {
                heap.push(Head { event: next, stream });
            }
            event
        })
    })
    .collect()
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline
        .iter()
        .filter_map(|e| matches!(e.kind, Kind::Failure(_)).then_some(e.ts))
        .collect()
}

/// Moves `at` forward past every time that `keep_going` accepts.
fn advance(times: &[u64], at: usize, keep_going: impl Fn(u64) -> bool) -> usize {
    at + times[at..].iter().take_while(|&&t| keep_going(t)).count()
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time, O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .scan((0usize, 0usize), |(lo, hi), (ts, name, value)| {
            let from = ts.saturating_sub(window);
            let to = ts.saturating_add(window);
            *lo = advance(&fails, *lo, |t| t < from);
            *hi = advance(&fails, (*hi).max(*lo), |t| t <= to);
            Some((ts, name, value, *hi - *lo))
        })
        .filter(|&(_, _, _, failures)| failures > 0)
        .map(|(ts, name, value, failures)| Spike { ts, metric: name.clone(), value, failures })
        .collect()
}
