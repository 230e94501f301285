// learner: optimal
// idiom: iterator-adapter chains: from_fn over a heap for the merge, filter_map + scan + flatten for the spikes
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
    let mut iters: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = iters
        .iter_mut()
        .enumerate()
        .filter_map(|(i, it)| it.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    out.extend(std::iter::from_fn(|| {
        let Reverse((_, i)) = heap.pop()?;
        let ev = iters[i].next()?;
        if let Some(nx) = iters[i].peek() {
            heap.push(Reverse((nx.ts, i)));
        }
        Some(ev)
    }));
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| matches!(e.kind, Kind::Failure(_)).then_some(e.ts))
        .collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .scan((0usize, 0usize), |(lo, hi), (ts, name, value)| {
            let from = ts.saturating_sub(window);
            let to = ts.saturating_add(window);
            *lo += fails[*lo..].iter().take_while(|&&f| f < from).count();
            *hi = (*hi).max(*lo);
            *hi += fails[*hi..].iter().take_while(|&&f| f <= to).count();
            Some((*hi > *lo).then(|| Spike { ts, metric: name.clone(), value, failures: *hi - *lo }))
        })
        .flatten()
        .collect()
}
