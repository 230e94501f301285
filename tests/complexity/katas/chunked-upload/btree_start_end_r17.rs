// learner: optimal
// idiom: BTreeMap start -> end, range(..a).next_back() for the left neighbour, loop over range(a..=b).next() to swallow the rest, running total
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
    have: BTreeMap<u64, u64>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut removed = 0u64;
        if let Some((&s, &e)) = self.have.range(..a).next_back() {
            if e >= a {
                self.have.remove(&s);
                removed += e - s;
                a = s;
                b = b.max(e);
            }
        }
        while let Some((&s, &e)) = self.have.range(a..=b).next() {
            self.have.remove(&s);
            removed += e - s;
            b = b.max(e);
        }
        self.have.insert(a, b);
        let added = (b - a) - removed;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0;
        for (&s, &e) in &self.have {
            if s > cursor {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
