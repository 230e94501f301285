// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): picks the next event by scanning all k stream heads with min_by_key each step
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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut its: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut acc = Vec::new();
    loop {
        let pick = its
            .iter_mut()
            .enumerate()
            .filter_map(|(i, it)| it.peek().map(|e| (e.ts, i)))
            .min();
        match pick {
            None => return acc,
            Some((_, i)) => acc.extend(its[i].next()),
        }
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let (mut lo, mut hi) = (0, 0);
    let mut acc = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                    lo += 1;
                }
                hi = hi.max(lo);
                while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
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
