// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): it walks every stored range of the BTreeMap to collect the overlapping ones
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
    map: BTreeMap<u64, u64>,
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, map: BTreeMap::new(), count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        // Which stored ranges overlap or touch [offset, end]?
        let touching: Vec<(u64, u64)> = self
            .map
            .iter()
            .filter(|(&s, &e)| s <= end && e >= offset)
            .map(|(&s, &e)| (s, e))
            .collect();
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0;
        for (s, e) in touching {
            self.map.remove(&s);
            lo = lo.min(s);
            hi = hi.max(e);
            old += e - s;
        }
        self.map.insert(lo, hi);
        let new = hi - lo - old;
        self.count += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for (&s, &e) in &self.map {
            if s > at {
                out.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            out.push(at..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
