// learner: optimal
// idiom: Groovy/Gradle build engineer: a BTreeMap keyed by (ts, streamIndex) used as a sorted work queue of peekable streams; spikes as a filter_map closure pipeline with captured cursors
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

use std::collections::BTreeMap;
use std::iter::Peekable;
use std::vec::IntoIter;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut sources: Vec<Peekable<IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    // (ts, stream index) -> (), first_key_value is the next one to emit
    let mut queue: BTreeMap<(u64, usize), ()> = sources
        .iter_mut()
        .enumerate()
        .filter_map(|(i, s)| s.peek().map(|e| ((e.ts, i), ())))
        .collect();

    let mut out = Vec::new();
    while let Some(((_, i), ())) = queue.pop_first() {
        let source = &mut sources[i];
        out.extend(source.next());
        if let Some(e) = source.peek() {
            queue.insert((e.ts, i), ());
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut start = 0;
    let mut end = 0;

    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let low = ts.saturating_sub(window);
            let high = ts.saturating_add(window);
            while start < failures.len() && failures[start] < low {
                start += 1;
            }
            end = end.max(start);
            while end < failures.len() && failures[end] <= high {
                end += 1;
            }
            let count = end - start;
            (count > 0).then(|| Spike { ts, metric: name.to_string(), value, failures: count })
        })
        .collect()
}
