// learner: slow
// why: Upload::received_bytes and is_complete are O(n) time, target O(1): they sum every stored range instead of keeping a running total
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let Some(end) = offset.checked_add(len).filter(|&e| e <= self.size) else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        };
        if len == 0 {
            return Ok(0);
        }
        let before = self.received_bytes();
        let (mut a, mut b) = (offset, end);
        if let Some((&s, &e)) = self.spans.range(..a).next_back() {
            if e >= a {
                self.spans.remove(&s);
                a = s;
                b = b.max(e);
            }
        }
        while let Some((&s, &e)) = self.spans.range(a..=b).next() {
            self.spans.remove(&s);
            b = b.max(e);
        }
        self.spans.insert(a, b);
        Ok(self.received_bytes() - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut v = Vec::new();
        let mut p = 0;
        for (&s, &e) in &self.spans {
            if p < s {
                v.push(p..s);
            }
            p = e;
        }
        if p < self.size {
            v.push(p..self.size);
        }
        v
    }

    pub fn received_bytes(&self) -> u64 {
        self.spans.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}
