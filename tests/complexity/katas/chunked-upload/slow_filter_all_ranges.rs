// learner: slow
// why: Upload::receive is O(n) time and space, target O(k log n) / O(1): scans every stored range with iter().filter to collect the ones the chunk touches
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, received: 0, ranges: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset.checked_add(len).unwrap_or(u64::MAX);
        if offset.checked_add(len).is_none() || end > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let touching: Vec<(u64, u64)> = self
            .ranges
            .iter()
            .filter(|(&s, &e)| s <= end && e >= offset)
            .map(|(&s, &e)| (s, e))
            .collect();
        let mut lo = offset;
        let mut hi = end;
        let mut before = 0;
        for (s, e) in touching {
            self.ranges.remove(&s);
            before += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.ranges.insert(lo, hi);
        let new_bytes = hi - lo - before;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = vec![];
        let mut at = 0;
        for (&s, &e) in self.ranges.iter() {
            if at < s {
                gaps.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
