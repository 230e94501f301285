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

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    todo!("merge {} streams", streams.len())
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time, O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    todo!("{} events, threshold {threshold}, window {window}", timeline.len())
}
