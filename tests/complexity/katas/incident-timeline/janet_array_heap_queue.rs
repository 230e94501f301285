// learner: optimal
// idiom: Janet: hand-rolled binary min-heap in a plain array of [ts idx pos] (no heap in Janet's core), failures swept through a queue that grows at the back and shrinks at the front
//! Merge log streams into one incident timeline, then correlate spikes with failures.

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


use std::collections::VecDeque;

// Janet has no priority queue in core, so I always end up writing this one by hand.
// Heap entries are [ts stream]; smaller ts first, then smaller stream.

fn sift_down(h: &mut [(u64, usize)], mut i: usize) {
    let n = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut m = i;
        if l < n && h[l] < h[m] {
            m = l;
        }
        if r < n && h[r] < h[m] {
            m = r;
        }
        if m == i {
            break;
        }
        h.swap(i, m);
        i = m;
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut srcs: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut nexts: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut heap: Vec<(u64, usize)> = Vec::with_capacity(streams.len());

    for (i, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let first = it.next();
        if let Some(ev) = &first {
            heap.push((ev.ts, i));
        }
        nexts.push(first);
        srcs.push(it);
    }
    // heapify bottom-up, O(k)
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, i);
    }

    while !heap.is_empty() {
        let (_, s) = heap[0];
        let ev = nexts[s].take().expect("a head sits in the heap");
        out.push(ev);
        match srcs[s].next() {
            Some(nx) => {
                heap[0] = (nx.ts, s);
                nexts[s] = Some(nx);
                sift_down(&mut heap, 0);
            }
            None => {
                let last = heap.pop().unwrap();
                if !heap.is_empty() {
                    heap[0] = last;
                    sift_down(&mut heap, 0);
                }
            }
        }
    }
    out
}

// A moving window over the failures, like a Janet array used as a queue:
// `ahead` feeds failures in at the back, old ones drop off the front.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut q: VecDeque<u64> = VecDeque::new();
    let mut ahead = 0usize; // next timeline index not yet offered to the queue
    let mut res = Vec::new();

    for ev in timeline {
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let to = ev.ts.saturating_add(window);
        while ahead < timeline.len() && timeline[ahead].ts <= to {
            if let Kind::Failure(_) = timeline[ahead].kind {
                q.push_back(timeline[ahead].ts);
            }
            ahead += 1;
        }
        let from = ev.ts.saturating_sub(window);
        while let Some(&t) = q.front() {
            if t < from {
                q.pop_front();
            } else {
                break;
            }
        }
        if !q.is_empty() {
            res.push(Spike { ts: ev.ts, metric: name.clone(), value, failures: q.len() });
        }
    }
    res
}
