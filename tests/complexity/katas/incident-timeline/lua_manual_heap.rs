// learner: optimal
// idiom: Lua-style: hand-rolled binary min-heap of stream cursors in a state struct, while loops with manual indices, streams reversed so pop() takes the head
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

struct Merger {
    // heap of (ts, stream)
    heap: Vec<(u64, usize)>,
}

impl Merger {
    fn less(a: (u64, usize), b: (u64, usize)) -> bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    fn push(&mut self, item: (u64, usize)) {
        self.heap.push(item);
        let mut i = self.heap.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if Merger::less(self.heap[i], self.heap[p]) {
                self.heap.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<(u64, usize)> {
        let n = self.heap.len();
        if n == 0 {
            return None;
        }
        self.heap.swap(0, n - 1);
        let top = self.heap.pop();
        let n = self.heap.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut m = i;
            if l < n && Merger::less(self.heap[l], self.heap[m]) {
                m = l;
            }
            if r < n && Merger::less(self.heap[r], self.heap[m]) {
                m = r;
            }
            if m == i {
                break;
            }
            self.heap.swap(i, m);
            i = m;
        }
        top
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut streams = streams;
    let mut total = 0;
    let mut s = 0;
    while s < streams.len() {
        total += streams[s].len();
        streams[s].reverse();
        s += 1;
    }
    let mut m = Merger { heap: Vec::with_capacity(streams.len()) };
    s = 0;
    while s < streams.len() {
        if let Some(e) = streams[s].last() {
            m.push((e.ts, s));
        }
        s += 1;
    }
    let mut out = Vec::with_capacity(total);
    while let Some((_, idx)) = m.pop() {
        let ev = streams[idx].pop().unwrap();
        out.push(ev);
        if let Some(e) = streams[idx].last() {
            m.push((e.ts, idx));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < timeline.len() {
        if let Kind::Failure(_) = timeline[i].kind {
            fails.push(timeline[i].ts);
        }
        i += 1;
    }
    let mut result = Vec::new();
    let mut left = 0;
    let mut right = 0;
    i = 0;
    while i < timeline.len() {
        let ev = &timeline[i];
        i += 1;
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let low = if ev.ts > window { ev.ts - window } else { 0 };
        let high = if u64::MAX - ev.ts < window { u64::MAX } else { ev.ts + window };
        while left < fails.len() && fails[left] < low {
            left += 1;
        }
        if right < left {
            right = left;
        }
        while right < fails.len() && fails[right] <= high {
            right += 1;
        }
        let count = right - left;
        if count > 0 {
            result.push(Spike { ts: ev.ts, metric: name.clone(), value, failures: count });
        }
    }
    result
}
