// learner: optimal
// idiom: BTreeSet<(start, end)> of tuples, helper fn for overlap, explicit first-then-following scan, match on checked_add
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total: u64,
    have: u64,
    spans: BTreeSet<(u64, u64)>,
}

fn overlap(a: (u64, u64), b: (u64, u64)) -> u64 {
    let lo = a.0.max(b.0);
    let hi = a.1.min(b.1);
    hi.saturating_sub(lo)
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { total: size, have: 0, spans: BTreeSet::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            None => return Err(UploadError::OutOfBounds { offset, len, size: self.total }),
            Some(e) => e,
        };
        if end > self.total {
            return Err(UploadError::OutOfBounds { offset, len, size: self.total });
        }
        if len == 0 {
            return Ok(0);
        }
        let chunk = (offset, end);
        let mut merged = chunk;
        let mut dup = 0;
        // a range starting before offset may reach into the chunk
        let before = self.spans.range(..(offset, 0)).next_back().copied();
        if let Some(prev) = before {
            if prev.1 >= offset {
                dup += overlap(prev, chunk);
                merged.0 = prev.0;
                merged.1 = merged.1.max(prev.1);
                self.spans.remove(&prev);
            }
        }
        // ranges starting inside [offset, end]
        loop {
            let next = self.spans.range((offset, 0)..).next().copied();
            match next {
                Some(r) if r.0 <= end => {
                    dup += overlap(r, chunk);
                    merged.1 = merged.1.max(r.1);
                    self.spans.remove(&r);
                }
                _ => break,
            }
        }
        self.spans.insert(merged);
        self.have += len - dup;
        Ok(len - dup)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::with_capacity(self.spans.len() + 1);
        let mut cursor = 0u64;
        for &(s, e) in self.spans.iter() {
            if cursor < s {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.total {
            gaps.push(cursor..self.total);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.total
    }
}
