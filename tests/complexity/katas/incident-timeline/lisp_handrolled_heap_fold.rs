// learner: optimal
// idiom: Lisp-style: hand-rolled binary min-heap on a Vec with recursive sift-up/sift-down, fold with (lo, hi, acc) accumulator for spikes
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

type Key = (u64, usize);

fn parent(i: usize) -> usize {
    (i - 1) / 2
}

fn sift_up(h: &mut [Key], i: usize) {
    if i > 0 && h[i] < h[parent(i)] {
        h.swap(i, parent(i));
        sift_up(h, parent(i));
    }
}

fn sift_down(h: &mut [Key], i: usize) {
    let kids = [2 * i + 1, 2 * i + 2];
    let smallest = kids
        .iter()
        .copied()
        .filter(|&c| c < h.len())
        .fold(i, |best, c| if h[c] < h[best] { c } else { best });
    if smallest != i {
        h.swap(i, smallest);
        sift_down(h, smallest);
    }
}

fn heap_push(h: &mut Vec<Key>, k: Key) {
    h.push(k);
    let last = h.len() - 1;
    sift_up(h, last);
}

fn heap_pop(h: &mut Vec<Key>) -> Option<Key> {
    if h.is_empty() {
        return None;
    }
    let last = h.len() - 1;
    h.swap(0, last);
    let top = h.pop();
    sift_down(h, 0);
    top
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut its: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: Vec<Key> = Vec::with_capacity(its.len());
    for (i, it) in its.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap_push(&mut heap, (e.ts, i));
        }
    }
    let mut acc = Vec::with_capacity(total);
    while let Some((_, i)) = heap_pop(&mut heap) {
        acc.extend(its[i].next());
        if let Some(e) = its[i].peek() {
            heap_push(&mut heap, (e.ts, i));
        }
    }
    acc
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let advance = |mut p: usize, ok: &dyn Fn(u64) -> bool| {
        while p < fails.len() && ok(fails[p]) {
            p += 1;
        }
        p
    };
    let (_, _, acc) = timeline.iter().fold(
        (0usize, 0usize, Vec::new()),
        |(lo, hi, mut acc), e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let from = e.ts.saturating_sub(window);
                let to = e.ts.saturating_add(window);
                let lo = advance(lo, &|t| t < from);
                let hi = advance(hi.max(lo), &|t| t <= to);
                if hi > lo {
                    acc.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
                }
                (lo, hi, acc)
            }
            _ => (lo, hi, acc),
        },
    );
    acc
}
