// learner: optimal
// idiom: competitive-programmer style: saturating u64 milli-tokens, hand-rolled ring buffer (preallocated Vec, head index, length) for the log
#[derive(Debug, Clone)]
pub struct TokenBucket {
    c: u64,
    r: u64,
    t: u64,
    l: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let c = capacity.saturating_mul(1000);
        TokenBucket { c, r: tokens_per_sec, t: c, l: 0 }
    }

    fn upd(&mut self, n: u64) {
        if n > self.l {
            let d = (n - self.l).saturating_mul(self.r);
            self.t = self.t.saturating_add(d).min(self.c);
            self.l = n;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.upd(now_ms);
        if self.t < 1000 {
            return false;
        }
        self.t -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.upd(now_ms);
        self.t / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    k: usize,
    w: u64,
    a: Vec<u64>,
    h: usize,
    n: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { k: limit, w: window_ms, a: vec![0; limit], h: 0, n: 0 }
    }

    fn pop(&mut self, x: u64) {
        while self.n > 0 && x.saturating_sub(self.a[self.h]) >= self.w {
            self.h += 1;
            if self.h == self.k {
                self.h = 0;
            }
            self.n -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.pop(now_ms);
        if self.n == self.k {
            return false;
        }
        let mut i = self.h + self.n;
        if i >= self.k {
            i -= self.k;
        }
        self.a[i] = now_ms;
        self.n += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.pop(now_ms);
        self.n
    }
}
