// learner: optimal
// idiom: embedded-style: hand-rolled binary min-heap of (ts, src) keys in a Vec with manual sift loops, IntoIter per stream, two raw indices lo/hi over failure timestamps
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

fn less(a: (u64, usize), b: (u64, usize)) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
}

fn hpush(h: &mut Vec<(u64, usize)>, x: (u64, usize)) {
    h.push(x);
    let mut i = h.len() - 1;
    while i > 0 {
        let p = (i - 1) / 2;
        if !less(h[i], h[p]) {
            break;
        }
        h.swap(i, p);
        i = p;
    }
}

fn hpop(h: &mut Vec<(u64, usize)>) -> Option<(u64, usize)> {
    let n = h.len();
    if n == 0 {
        return None;
    }
    h.swap(0, n - 1);
    let top = h.pop();
    let n = n - 1;
    let mut i = 0;
    loop {
        let l = 2 * i + 1;
        if l >= n {
            break;
        }
        let mut m = l;
        if l + 1 < n && less(h[l + 1], h[l]) {
            m = l + 1;
        }
        if !less(h[m], h[i]) {
            break;
        }
        h.swap(i, m);
        i = m;
    }
    top
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0usize;
    for s in &streams {
        total += s.len();
    }
    let k = streams.len();
    let mut its: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(k);
    let mut head: Vec<Option<Event>> = Vec::with_capacity(k);
    let mut h: Vec<(u64, usize)> = Vec::with_capacity(k);
    let mut src = 0usize;
    for s in streams {
        let mut it = s.into_iter();
        let first = it.next();
        if let Some(e) = &first {
            hpush(&mut h, (e.ts, src));
        }
        head.push(first);
        its.push(it);
        src += 1;
    }
    let mut out: Vec<Event> = Vec::with_capacity(total);
    while let Some((_, s)) = hpop(&mut h) {
        let e = head[s].take().unwrap();
        out.push(e);
        let nx = its[s].next();
        if let Some(e2) = &nx {
            hpush(&mut h, (e2.ts, s));
        }
        head[s] = nx;
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut ft: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            ft.push(e.ts);
        }
    }
    let nf = ft.len();
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut out: Vec<Spike> = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let a = e.ts.saturating_sub(window);
        let b = e.ts.saturating_add(window);
        while lo < nf && ft[lo] < a {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < nf && ft[hi] <= b {
            hi += 1;
        }
        let c = hi - lo;
        if c > 0 {
            out.push(Spike { ts: e.ts, metric: name.clone(), value, failures: c });
        }
    }
    out
}
