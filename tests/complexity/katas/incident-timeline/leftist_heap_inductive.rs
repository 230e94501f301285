// learner: optimal
// idiom: persistent leftist heap as an inductive enum with recursive meld, helper "advance" lemma for the two-pointer sweep
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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

use std::cmp::Reverse;

/// Leftist heap: Empty | Node(rank, key, left, right), rank(left) >= rank(right).
enum Heap {
    Empty,
    Node(u32, (u64, usize), Box<Heap>, Box<Heap>),
}

fn rank(h: &Heap) -> u32 {
    match h {
        Heap::Empty => 0,
        Heap::Node(r, _, _, _) => *r,
    }
}

fn make(key: (u64, usize), a: Heap, b: Heap) -> Heap {
    if rank(&a) >= rank(&b) {
        Heap::Node(rank(&b) + 1, key, Box::new(a), Box::new(b))
    } else {
        Heap::Node(rank(&a) + 1, key, Box::new(b), Box::new(a))
    }
}

/// meld recurses down the right spines only: O(log k) steps.
fn meld(a: Heap, b: Heap) -> Heap {
    match (a, b) {
        (Heap::Empty, h) | (h, Heap::Empty) => h,
        (Heap::Node(ra, ka, la, xa), Heap::Node(rb, kb, lb, xb)) => {
            if ka <= kb {
                make(ka, *la, meld(*xa, Heap::Node(rb, kb, lb, xb)))
            } else {
                make(kb, *lb, meld(Heap::Node(ra, ka, la, xa), *xb))
            }
        }
    }
}

fn singleton(key: (u64, usize)) -> Heap {
    Heap::Node(1, key, Box::new(Heap::Empty), Box::new(Heap::Empty))
}

fn pop_min(h: Heap) -> Option<((u64, usize), Heap)> {
    match h {
        Heap::Empty => None,
        Heap::Node(_, k, l, r) => Some((k, meld(*l, *r))),
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().fold(0, |acc, s| acc + s.len());
    let mut sources: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap = Heap::Empty;
    for (i, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let head = it.next();
        if let Some(e) = &head {
            heap = meld(heap, singleton((e.ts, i)));
        }
        heads.push(head);
        sources.push(it);
    }
    let mut out = Vec::with_capacity(total);
    loop {
        match pop_min(heap) {
            None => break,
            Some(((_, i), rest)) => {
                heap = rest;
                let ev = heads[i].take().expect("a stream in the heap has a head");
                out.push(ev);
                if let Some(next) = sources[i].next() {
                    heap = meld(heap, singleton((next.ts, i)));
                    heads[i] = Some(next);
                }
            }
        }
    }
    out
}

/// Lemma: moves `i` forward past every failure time satisfying `before`; monotone in `i`.
fn advance(fails: &[u64], mut i: usize, before: impl Fn(u64) -> bool) -> usize {
    while i < fails.len() && before(fails[i]) {
        i += 1;
    }
    i
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut lo = 0;
    let mut hi = 0;
    let mut result = Vec::new();
    for e in timeline {
        match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let first = e.ts.saturating_sub(window);
                let last = e.ts.saturating_add(window);
                lo = advance(&fails, lo, |t| t < first);
                hi = advance(&fails, hi.max(lo), |t| t <= last);
                match hi - lo {
                    0 => {}
                    c => result.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: c }),
                }
            }
            Kind::Metric { .. } | Kind::Log(_) | Kind::Failure(_) => {}
        }
    }
    result
}
