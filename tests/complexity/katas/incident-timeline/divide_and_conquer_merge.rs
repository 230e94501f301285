// learner: slow
// idiom: Lisp Machine nostalgic: divide and conquer, merge the left half of the streams and the right half recursively, then a two-list merge that conses a fresh vector; spikes by a sweep over a list of failure times
// why: merge_streams is O(N log k) time but O(N log k) allocation / O(N) extra space (every level builds fresh intermediate vectors) vs the O(k) extra-space target
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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

fn merge2(left: Vec<Event>, right: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        let take_left = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => a.ts <= b.ts,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_left { l.next() } else { r.next() });
    }
}

fn merge_range(mut streams: Vec<Vec<Event>>) -> Vec<Event> {
    match streams.len() {
        0 => Vec::new(),
        1 => streams.pop().unwrap_or_default(),
        n => {
            let right = streams.split_off(n / 2);
            merge2(merge_range(streams), merge_range(right))
        }
    }
}

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    merge_range(streams)
}

/// Reports spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> =
        timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let (mut lo, mut hi) = (0, 0);
    let mut acc = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                while lo < failures.len() && failures[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                hi = hi.max(lo);
                while hi < failures.len() && failures[hi] <= e.ts.saturating_add(window) {
                    hi += 1;
                }
                if hi > lo {
                    acc.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
                }
            }
        }
    }
    acc
}
