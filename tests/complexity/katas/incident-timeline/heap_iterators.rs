// learner: optimal
// idiom: PureScript-ish: BinaryHeap of Reverse((ts, stream)) over into_iter iterators, filter_map + scan for the spike sweep
use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
    let total = streams.iter().map(Vec::len).sum();
    let mut sources: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = sources
        .iter_mut()
        .enumerate()
        .filter_map(|(i, s)| s.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let src = &mut sources[i];
        out.extend(src.next());
        heap.extend(src.peek().map(|e| Reverse((e.ts, i))));
    }
    out
}

fn failure_ts(e: &Event) -> Option<u64> {
    match e.kind {
        Kind::Failure(_) => Some(e.ts),
        _ => None,
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline.iter().filter_map(failure_ts).collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .scan((0usize, 0usize), |(lo, hi), (ts, name, value)| {
            let from = ts.saturating_sub(window);
            let to = ts.saturating_add(window);
            while *lo < fails.len() && fails[*lo] < from {
                *lo += 1;
            }
            while *hi < fails.len() && fails[*hi] <= to {
                *hi += 1;
            }
            Some((ts, name, value, *hi - *lo))
        })
        .filter(|&(.., n)| n > 0)
        .map(|(ts, name, value, failures)| Spike { ts, metric: name.clone(), value, failures })
        .collect()
}
