// learner: optimal
// idiom: Bash scripter: a hand-rolled binary min-heap (sift up / sift down with index arithmetic) keyed by (ts, stream), and spikes counted with two pointers straight over the timeline, no failure copy
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

// heap of (ts, stream index); smallest at [0]
struct MinHeap {
    a: Vec<(u64, usize)>,
}

impl MinHeap {
    fn push(&mut self, x: (u64, usize)) {
        self.a.push(x);
        let mut i = self.a.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.a[p] <= self.a[i] {
                break;
            }
            self.a.swap(p, i);
            i = p;
        }
    }

    fn pop(&mut self) -> Option<(u64, usize)> {
        if self.a.is_empty() {
            return None;
        }
        let last = self.a.len() - 1;
        self.a.swap(0, last);
        let top = self.a.pop();
        let n = self.a.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut m = i;
            if l < n && self.a[l] < self.a[m] {
                m = l;
            }
            if r < n && self.a[r] < self.a[m] {
                m = r;
            }
            if m == i {
                break;
            }
            self.a.swap(i, m);
            i = m;
        }
        top
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    // read each stream backwards-popped: reverse once so pop() gives the head
    let mut stacks: Vec<Vec<Event>> = streams;
    for s in stacks.iter_mut() {
        s.reverse();
    }
    let mut heap = MinHeap { a: Vec::with_capacity(stacks.len()) };
    for i in 0..stacks.len() {
        if let Some(e) = stacks[i].last() {
            heap.push((e.ts, i));
        }
    }
    let mut out = Vec::with_capacity(total);
    while let Some((_, i)) = heap.pop() {
        let e = stacks[i].pop().unwrap();
        out.push(e);
        if let Some(next) = stacks[i].last() {
            heap.push((next.ts, i));
        }
    }
    out
}

fn is_failure(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let n = timeline.len();
    let mut out = Vec::new();
    let mut lo = 0; // first event with ts >= spike - window
    let mut hi = 0; // first event with ts > spike + window
    let mut count = 0; // failures in timeline[lo..hi]
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let from = e.ts.saturating_sub(window);
        let to = e.ts.saturating_add(window);
        while hi < n && timeline[hi].ts <= to {
            if is_failure(&timeline[hi]) {
                count += 1;
            }
            hi += 1;
        }
        while lo < hi && timeline[lo].ts < from {
            if is_failure(&timeline[lo]) {
                count -= 1;
            }
            lo += 1;
        }
        if count > 0 {
            out.push(Spike { ts: e.ts, metric: name.clone(), value, failures: count });
        }
    }
    out
}
