// learner: slow
// why: SlidingWindowLog::try_acquire is O(n) time, target O(1) amortised: the log is never pruned and every call recounts the live stamps from the start
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    frac: u64, // thousandths of a token, always < 1000
    t: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, frac: 0, t: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.t {
            return; // clock stood still or went backwards
        }
        let dt = (now - self.t) as u128;
        self.t = now;
        if self.whole >= self.cap {
            self.frac = 0;
            return;
        }
        let milli = dt * self.rate as u128 + self.frac as u128;
        let add = milli / 1000;
        let room = (self.cap - self.whole) as u128;
        if add >= room {
            self.whole = self.cap;
            self.frac = 0;
        } else {
            self.whole += add as u64;
            self.frac = (milli % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    win: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, log: Vec::new() }
    }

    fn live(&self, now: u64) -> usize {
        let mut c = 0usize;
        let mut i = 0usize;
        while i < self.log.len() {
            c += (now - self.log[i] < self.win) as usize;
            i += 1;
        }
        c
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.live(now_ms) >= self.limit {
            return false;
        }
        self.log.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.live(now_ms)
    }
}
