// learner: slow
// idiom: SQL stored-procedure developer: INSERT all streams into one table then ORDER BY ts (stable), and the spike count as a correlated subquery over all failures
// why: merge_streams is O(N log N) (concatenate + stable sort) vs O(N log k); coinciding_spikes is O(N^2) (every spike rescans the whole timeline) vs O(N)
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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    // INSERT INTO #timeline SELECT * FROM stream_0 UNION ALL SELECT * FROM stream_1 ...
    let mut tmp_timeline: Vec<Event> = Vec::new();
    for stream in streams {
        tmp_timeline.extend(stream);
    }
    // ORDER BY ts (stable keeps stream order, then row order)
    tmp_timeline.sort_by_key(|e| e.ts);
    tmp_timeline
}

/// Reports spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result = Vec::new();
    for spike_row in timeline {
        if let Kind::Metric { name, value } = &spike_row.kind {
            if *value < threshold {
                continue;
            }
            // SELECT COUNT(*) FROM timeline f WHERE f.kind = 'Failure' AND ABS(f.ts - @ts) <= @window
            let mut failure_cnt = 0usize;
            for f in timeline {
                if let Kind::Failure(_) = f.kind {
                    if f.ts.abs_diff(spike_row.ts) <= window {
                        failure_cnt += 1;
                    }
                }
            }
            if failure_cnt > 0 {
                result.push(Spike { ts: spike_row.ts, metric: name.clone(), value: *value, failures: failure_cnt });
            }
        }
    }
    result
}
