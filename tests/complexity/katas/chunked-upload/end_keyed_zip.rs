// learner: optimal
// idiom: BTreeMap keyed by END (end->start), `loop` that pops every range with end >= a and start <= b (each range removed once: amortised O(log n)); missing pairs consecutive ranges with iter().zip(iter().skip(1))
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// end -> start of every received range; ranges are disjoint and never touch.
    by_end: BTreeMap<u64, u64>,
    have: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, by_end: BTreeMap::new(), have: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let Some(end) = offset.checked_add(len).filter(|&e| e <= self.size) else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut already = 0u64;
        loop {
            // the first range ending at or after `a`: it touches [a, b] iff it starts <= b
            let Some((&e, &s)) = self.by_end.range(a..).next() else { break };
            if s > b {
                break;
            }
            self.by_end.remove(&e);
            already += e - s;
            a = a.min(s);
            b = b.max(e);
        }
        self.by_end.insert(b, a);
        let fresh = (b - a) - already;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::with_capacity(self.by_end.len() + 1);
        let first_start = self.by_end.values().next().copied().unwrap_or(self.size);
        if first_start > 0 {
            gaps.push(0..first_start);
        }
        for ((&e, _), (_, &s)) in self.by_end.iter().zip(self.by_end.iter().skip(1)) {
            gaps.push(e..s);
        }
        if let Some((&last_end, _)) = self.by_end.iter().next_back() {
            if last_end < self.size {
                gaps.push(last_end..self.size);
            }
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
