// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): each output event is chosen by scanning the heads of all k streams for the smallest
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

/// The index of the stream whose head comes first (ties go to the lower stream).
fn earliest_stream(heads: &[Option<u64>]) -> Option<usize> {
    heads.iter().enumerate().fold(None, |best, (i, head)| match (best, head) {
        (_, None) => best,
        (None, Some(_)) => Some(i),
        (Some(b), Some(ts)) => {
            if *ts < heads[b].unwrap() {
                Some(i)
            } else {
                Some(b)
            }
        }
    })
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut readers: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut pending: Vec<Option<Event>> = readers.iter_mut().map(|r| r.next()).collect();
    let mut heads: Vec<Option<u64>> = pending.iter().map(|p| p.as_ref().map(|e| e.ts)).collect();
    let mut timeline = Vec::new();
    while let Some(i) = earliest_stream(&heads) {
        timeline.extend(pending[i].take());
        pending[i] = readers[i].next();
        heads[i] = pending[i].as_ref().map(|e| e.ts);
    }
    timeline
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect()
}

fn advance_past(times: &[u64], from: usize, limit_ok: impl Fn(u64) -> bool) -> usize {
    if from < times.len() && limit_ok(times[from]) {
        from + 1 + times[from + 1..].iter().take_while(|&&t| limit_ok(t)).count()
    } else {
        from
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let (mut lo, mut hi) = (0, 0);
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let low = e.ts.saturating_sub(window);
            let high = e.ts.saturating_add(window);
            lo = advance_past(&fails, lo, |t| t < low);
            hi = advance_past(&fails, hi.max(lo), |t| t <= high);
            if hi > lo {
                spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    spikes
}
