// learner: optimal
// idiom: index-heavy: hand-rolled array min-heap with sift helpers taking (heap, keys, i, n), per-stream cursors, index two-pointer sweep

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
/// Key of heap slot: (timestamp of the stream's head, stream index). Lexicographic order.
#[inline]
fn less(a: (u64, usize), b: (u64, usize)) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// Restores the heap property upward from position i in heap[0..n].
fn sift_up(heap: &mut [(u64, usize)], mut i: usize, n: usize) {
    debug_assert!(i < n && n <= heap.len());
    while i > 0 {
        let p = (i - 1) / 2;
        if less(heap[i], heap[p]) {
            heap.swap(i, p);
            i = p;
        } else {
            break;
        }
    }
}

/// Restores the heap property downward from position i in heap[0..n].
fn sift_down(heap: &mut [(u64, usize)], mut i: usize, n: usize) {
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut m = i;
        if l < n && less(heap[l], heap[m]) {
            m = l;
        }
        if r < n && less(heap[r], heap[m]) {
            m = r;
        }
        if m == i {
            return;
        }
        heap.swap(i, m);
        i = m;
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let mut total = 0usize;
    for s in 0..k {
        total += streams[s].len();
    }
    let mut src: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(k);
    let mut head: Vec<Option<Event>> = Vec::with_capacity(k);
    let mut heap: Vec<(u64, usize)> = Vec::with_capacity(k);
    let mut n = 0usize;
    for (s, stream) in streams.into_iter().enumerate() {
        let mut it = stream.into_iter();
        let h = it.next();
        if let Some(e) = &h {
            heap.push((e.ts, s));
            n += 1;
            sift_up(&mut heap, n - 1, n);
        }
        head.push(h);
        src.push(it);
    }
    let mut out: Vec<Event> = Vec::with_capacity(total);
    while n > 0 {
        let (_, s) = heap[0];
        out.push(head[s].take().unwrap());
        match src[s].next() {
            Some(e) => {
                heap[0] = (e.ts, s);
                head[s] = Some(e);
            }
            None => {
                n -= 1;
                heap.swap(0, n);
                heap.truncate(n);
            }
        }
        if n > 0 {
            sift_down(&mut heap, 0, n);
        }
    }
    out
}

/// Advances a (lo) past failures < a and (hi) past failures <= b; returns (lo, hi).
fn window_bounds(f: &[u64], mut lo: usize, mut hi: usize, a: u64, b: u64) -> (usize, usize) {
    let m = f.len();
    while lo < m && f[lo] < a {
        lo += 1;
    }
    if hi < lo {
        hi = lo;
    }
    while hi < m && f[hi] <= b {
        hi += 1;
    }
    (lo, hi)
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut f: Vec<u64> = Vec::new();
    for i in 0..timeline.len() {
        if let Kind::Failure(_) = timeline[i].kind {
            f.push(timeline[i].ts);
        }
    }
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut res: Vec<Spike> = Vec::new();
    for i in 0..timeline.len() {
        let e = &timeline[i];
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let a = e.ts.saturating_sub(window);
            let b = e.ts.saturating_add(window);
            let (l2, h2) = window_bounds(&f, lo, hi, a, b);
            lo = l2;
            hi = h2;
            if hi > lo {
                res.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    res
}
