// learner: slow
// why: merge_streams is O(N*k) time, target O(N log k): every output event scans all k stream heads for the smallest (ts, stream)
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

/// The stream whose head comes next: smallest timestamp, then smallest stream index.
fn next_stream(heads: &[Option<Event>]) -> Option<usize> {
    heads
        .iter()
        .enumerate()
        .filter_map(|(i, h)| h.as_ref().map(|e| (e.ts, i)))
        .min()
        .map(|(_, i)| i)
}

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut rests: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = rests.iter_mut().map(Iterator::next).collect();
    std::iter::from_fn(|| {
        next_stream(&heads).map(|s| {
            let refill = rests[s].next();
            std::mem::replace(&mut heads[s], refill).expect("a chosen head exists")
        })
    })
    .collect()
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time, O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| matches!(e.kind, Kind::Failure(_)).then_some(e.ts))
        .collect();
    let spikes = timeline.iter().filter_map(|e| match &e.kind {
        Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
        _ => None,
    });
    spikes
        .fold((0usize, 0usize, Vec::new()), |(lo, hi, mut out), (ts, name, value)| {
            let from = ts.saturating_sub(window);
            let to = ts.saturating_add(window);
            let lo = lo + fails[lo..].iter().take_while(|&&t| t < from).count();
            let hi = hi.max(lo);
            let hi = hi + fails[hi..].iter().take_while(|&&t| t <= to).count();
            if hi > lo {
                out.push(Spike { ts, metric: name.clone(), value, failures: hi - lo });
            }
            (lo, hi, out)
        })
        .2
}
