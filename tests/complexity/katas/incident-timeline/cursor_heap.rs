// learner: optimal
// idiom: SQL stored-procedure developer: one cursor per stream (position index), a heap keyed by (ts, stream_id, row_no); spikes via a #failures temp list and BETWEEN bounds moved forward
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total_rows: usize = streams.iter().map(|s| s.len()).sum();
    let mut cursors: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    // heap row: (ts, stream_id)
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::with_capacity(streams.len());
    let mut fetched: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    for (stream_id, stream) in streams.into_iter().enumerate() {
        let mut cur = stream.into_iter();
        let first = cur.next();
        if let Some(ev) = &first {
            heap.push(Reverse((ev.ts, stream_id)));
        }
        fetched.push(first);
        cursors.push(cur);
    }

    let mut result: Vec<Event> = Vec::with_capacity(total_rows);
    while let Some(Reverse((_, stream_id))) = heap.pop() {
        let row = fetched[stream_id].take().expect("heap entry has a fetched row");
        result.push(row);
        // FETCH NEXT FROM cursor
        let next_row = cursors[stream_id].next();
        if let Some(ev) = &next_row {
            heap.push(Reverse((ev.ts, stream_id)));
        }
        fetched[stream_id] = next_row;
    }
    result
}

/// Reports spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // SELECT ts INTO #failures FROM timeline WHERE kind = 'Failure'
    let mut failure_ts: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            failure_ts.push(ev.ts);
        }
    }
    let mut result = Vec::new();
    let mut lower = 0usize; // first failure >= spike - window
    let mut upper = 0usize; // first failure > spike + window
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            let low_ts = ev.ts.saturating_sub(window);
            let high_ts = ev.ts.saturating_add(window);
            while lower < failure_ts.len() && failure_ts[lower] < low_ts {
                lower += 1;
            }
            if upper < lower {
                upper = lower;
            }
            while upper < failure_ts.len() && failure_ts[upper] <= high_ts {
                upper += 1;
            }
            let cnt = upper - lower;
            if cnt >= 1 {
                result.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: cnt });
            }
        }
    }
    result
}
