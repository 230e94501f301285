// learner: optimal
// idiom: reverse every stream once and pop from its back; hand-rolled binary min-heap of stream ids; index while-loops
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

struct MinHeap {
    data: Vec<(u64, usize)>,
}

impl MinHeap {
    fn push(&mut self, item: (u64, usize)) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<(u64, usize)> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut small = i;
            if l < n && self.data[l] < self.data[small] {
                small = l;
            }
            if r < n && self.data[r] < self.data[small] {
                small = r;
            }
            if small == i {
                break;
            }
            self.data.swap(i, small);
            i = small;
        }
        top
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut streams = streams;
    let mut heap = MinHeap { data: Vec::new() };
    let mut total = 0;
    let mut s = 0;
    while s < streams.len() {
        total += streams[s].len();
        streams[s].reverse();
        if let Some(e) = streams[s].last() {
            heap.push((e.ts, s));
        }
        s += 1;
    }
    let mut merged = Vec::with_capacity(total);
    while let Some((_, s)) = heap.pop() {
        let e = streams[s].pop().unwrap();
        merged.push(e);
        if let Some(e) = streams[s].last() {
            heap.push((e.ts, s));
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fail_at: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < timeline.len() {
        if let Kind::Failure(_) = timeline[i].kind {
            fail_at.push(i);
        }
        i += 1;
    }
    let mut result = Vec::new();
    let mut left = 0;
    let mut right = 0;
    let mut j = 0;
    while j < timeline.len() {
        let ev = &timeline[j];
        j += 1;
        let (name, value) = match &ev.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        // failure f is in range when ev.ts - f <= window and f - ev.ts <= window
        while left < fail_at.len() && timeline[fail_at[left]].ts < ev.ts && ev.ts - timeline[fail_at[left]].ts > window {
            left += 1;
        }
        if right < left {
            right = left;
        }
        while right < fail_at.len()
            && (timeline[fail_at[right]].ts <= ev.ts || timeline[fail_at[right]].ts - ev.ts <= window)
        {
            right += 1;
        }
        if right > left {
            result.push(Spike { ts: ev.ts, metric: name.clone(), value, failures: right - left });
        }
    }
    result
}
